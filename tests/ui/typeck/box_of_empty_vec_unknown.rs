fn main() {
    let b = Box::new(Vec::new()); //~ ERROR E0282
    let empty = b.is_empty();
    println!("{}", empty);
}
