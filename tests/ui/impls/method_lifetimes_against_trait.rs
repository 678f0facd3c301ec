// An impl method's signature, lifetimes included, must be a subtype of the trait's: its inputs
// at least as general, its output at most as general.
trait Lookup {
    fn first<'a>(&self, x: &'a str, y: &str) -> &'a str;
    fn name(&self, s: &str) -> usize;
    fn keep<'a>(&self, x: &'a u8) -> &'a u8;
    fn out(&self) -> &u8;
}

struct Table(u8);

struct Narrow;

impl Lookup for Table {
    // More general than the trait asks: fine.
    fn first<'b>(&self, x: &'b str, _y: &str) -> &'b str {
        x
    }
    fn name(&self, s: &str) -> usize {
        s.len()
    }
    fn keep<'a>(&self, x: &'a u8) -> &'a u8 {
        x
    }
    fn out(&self) -> &'static u8 {
        &7
    }
}

impl Lookup for Narrow {
    fn first<'a>(&self, x: &'a str, y: &'a str) -> &'a str { //~ ERROR `impl` item signature doesn't match `trait` item signature
        if x.len() > y.len() { x } else { y }
    }
    fn name(&self, s: &'static str) -> usize { //~ ERROR E0308
        s.len()
    }
    fn keep<'a>(&'a self, x: &'a u8) -> &'a u8 { //~ ERROR `impl` item signature doesn't match `trait` item signature
        x
    }
    fn out(&self) -> &u8 {
        &1
    }
}

trait Tagged<'t> {
    fn tag(&self, t: &'t str) -> &'t str;
}

impl<'t> Tagged<'t> for Table {
    fn tag(&self, t: &'t str) -> &'t str {
        t
    }
}

impl<'t> Tagged<'t> for Narrow {
    fn tag(&self, t: &'static str) -> &'t str { //~ ERROR E0308
        t
    }
}

fn main() {
    let t = Table(3);
    println!("{} {} {}", t.first("a", "b"), t.name("x"), t.keep(&t.0));
}
