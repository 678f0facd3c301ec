fn main() {
    let slots = [String::from("x"), String::from("y")];
    let first = slots[0]; //~ ERROR E0508
    println!("{}", first);
}
