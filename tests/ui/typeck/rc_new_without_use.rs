fn main() {
    let first = Rc::new(String::from("shared")); //~ ERROR E0433
    let second = first.clone();
    println!("{} {}", first, second);
}
