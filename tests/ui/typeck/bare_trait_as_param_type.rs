trait Speak {
    fn speak(&self) -> String;
}

struct Dog;

impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}

fn announce(s: &Speak) -> String { //~ ERROR E0782
    s.speak()
}

fn main() {
    println!("{}", announce(&Dog));
}
