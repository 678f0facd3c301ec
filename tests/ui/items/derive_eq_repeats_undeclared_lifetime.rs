#[derive(PartialEq, Eq, Debug)]
struct Token {
    text: &'src str, //~ ERROR E0261
    //~^ ERROR E0261
}

#[derive(Clone, Copy)]
enum Slot {
    Empty,
    Full(&'v u8), //~ ERROR E0261
    //~^ ERROR E0261
}

#[derive(Clone, Debug)]
struct Plain {
    name: &'n str, //~ ERROR E0261
}

fn main() {}
