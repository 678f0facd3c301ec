// Associated constants named through a qualified path are patterns like other constants; a
// constant pattern is never matched through the scrutinee's references.
trait Limit {
    const MAX: u8;
    const NAME: &'static str;
}

struct Small;

impl Limit for Small {
    const MAX: u8 = 9;
    const NAME: &'static str = "small";
}

fn classify(n: &u8, name: &str) -> u32 {
    let a = match *n {
        <Small as Limit>::MAX => 1,
        _ => 0,
    };
    let b = match name {
        <Small as Limit>::NAME => 2,
        _ => 0,
    };
    let c = match (*n, name) {
        (<Small>::MAX, <Small as Limit>::NAME) => 4,
        _ => 0,
    };
    a + b + c
}

fn wrong(s: String) -> bool {
    match s {
        <Small as Limit>::MAX => true, //~ ERROR E0308
        _ => false,
    }
}

const LOW: u8 = 1;

fn not_peeled(n: &u8) -> bool {
    match n {
        LOW => true, //~ ERROR E0308
        <Small as Limit>::MAX => true, //~ ERROR E0308
        _ => false,
    }
}

fn main() {
    println!("{} {}", classify(&9, "small"), wrong(String::new()));
}
