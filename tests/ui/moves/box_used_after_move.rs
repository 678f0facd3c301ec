fn main() {
    let boxed = Box::new(41);
    let other = boxed;
    println!("{} {}", other, boxed); //~ ERROR E0382
}
