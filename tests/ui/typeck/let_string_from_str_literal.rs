fn main() {
    let name: String = "ferris"; //~ ERROR E0308
    let greeting = format!("hi {}", name);
    println!("{}", greeting);
}
