fn main() {
    let mut limit = 10;
    let within = |x: i32| x <= limit;
    limit = 20; //~ ERROR E0506
    println!("{} {}", within(15), limit);
}
