// Const and static initialisers, and const fns, may call only const fns and constructors.
struct Celsius(i32);

impl Celsius {
    const fn freezing() -> Celsius {
        Celsius(0)
    }
    fn body() -> Celsius {
        Celsius(37)
    }
}

fn boiling() -> i32 {
    100
}

const fn double(x: i32) -> i32 {
    x * 2
}

const FREEZE: Celsius = Celsius::freezing();
const TWICE: i32 = double(21);
const BOIL: i32 = boiling(); //~ ERROR E0015
static BODY: Celsius = Celsius::body(); //~ ERROR E0015
static LABEL: String = format!("{}", 1); //~ ERROR E0015
//~^ ERROR E0015

const fn scaled() -> i32 {
    boiling() * 2 //~ ERROR E0015
}

fn main() {
    println!("{} {} {} {} {} {}", FREEZE.0, TWICE, BOIL, BODY.0, LABEL, scaled());
}
