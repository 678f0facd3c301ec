fn main() {
    let opt = Some(Box::new(5));
    match opt {
        Some(inner) => println!("{}", inner),
        None => println!("none"),
    }
    println!("{}", inner); //~ ERROR E0425
}
