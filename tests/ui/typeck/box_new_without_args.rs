fn main() {
    let seed = 7;
    let b: Box<i32> = Box::new(); //~ ERROR E0061
    println!("{} {}", seed, b);
}
