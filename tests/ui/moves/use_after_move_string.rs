fn main() {
    let greeting = String::from("hello");
    let moved = greeting;
    println!("{} {}", greeting, moved); //~ ERROR E0382
}
