#[derive(Clone, Copy)]
struct Name(String); //~ ERROR E0204

fn main() {
    let a = Name(String::from("ada"));
    let b = a.clone();
    println!("{} {}", a.0, b.0);
}
