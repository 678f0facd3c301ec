fn main() {
    let maybe = Some(String::from("value"));
    match maybe {
        Some(s) => println!("got {}", s),
        None => println!("nothing"),
    }
    println!("{:?}", maybe); //~ ERROR E0382
}
