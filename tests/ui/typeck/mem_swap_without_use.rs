fn main() {
    let mut a = String::from("left");
    let mut b = String::from("right");
    mem::swap(&mut a, &mut b); //~ ERROR E0433
    println!("{} {}", a, b);
}
