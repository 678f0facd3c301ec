fn clamp(n: u32) -> u32 {
    if n > 10 {
        n = 10; //~ ERROR E0384
    }
    n
}

fn main() {
    println!("{}", clamp(42));
}
