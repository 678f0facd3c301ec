// In a method of a trait impl rustc does not suggest an explicit lifetime (E0621): the signature
// must match the trait's, so it reports the plain region error and names the argument's type.
type Alias<'a> = &'a u32;

struct Holder<'a> {
    r: &'a u32,
}

trait Make<'a> {
    fn make(r: Alias) -> Self;
    fn store(&mut self, r: Holder);
}

impl<'a> Make<'a> for Holder<'a> {
    fn make(r: Alias) -> Self {
        Holder { r } //~ ERROR lifetime may not live long enough
    }
    fn store(&mut self, h: Holder) {
        *self = h;
        //~^ ERROR lifetime may not live long enough
    }
}

fn main() {
    let x = 3;
    let h: Holder = Make::make(&x);
    println!("{}", h.r);
}
