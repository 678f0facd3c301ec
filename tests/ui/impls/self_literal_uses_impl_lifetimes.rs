// `Self` in an impl body is the impl's self type with the impl's own lifetimes, elided ones
// (`impl Wrap<'_>`) included: building `Self` from shorter-lived data is an error.
pub struct Wrap<'a> {
    part: &'a str,
}

pub struct Pair<'a>(&'a u8, u8);

impl Wrap<'_> {
    pub fn from_part<'p>(part: &'p str) -> Wrap<'p> {
        Self { part }
        //~^ ERROR lifetime may not live long enough
        //~| ERROR lifetime may not live long enough
    }

    // Naming the struct leaves its lifetime to inference: fine.
    pub fn by_name<'p>(part: &'p str) -> Wrap<'p> {
        Wrap { part }
    }

    pub fn annotated<'p>(part: &'p str) -> Wrap<'p> {
        let w: Self = Wrap { part }; //~ ERROR lifetime may not live long enough
        w //~ ERROR lifetime may not live long enough
    }
}

impl<'a> Pair<'a> {
    pub fn make<'b>(x: &'b u8) -> Pair<'b> {
        Self(x, 0)
        //~^ ERROR lifetime may not live long enough
        //~| ERROR lifetime may not live long enough
    }

    pub fn same(x: &'a u8) -> Self {
        Self(x, 1)
    }
}

fn main() {
    let s = String::from("x");
    let w = Wrap::by_name(&s);
    println!("{}", w.part);
}
