fn main() {
    let mut total = 0u64;
    let snapshot = &total;
    for i in 0..3 {
        total += i; //~ ERROR E0506
    }
    println!("{} {}", snapshot, total);
}
