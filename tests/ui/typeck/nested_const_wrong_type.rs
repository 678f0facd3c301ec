fn main() {
    const LIMIT: u8 = 300_i32; //~ ERROR E0308
    let mut n = 0;
    while n < LIMIT {
        n += 1;
    }
    println!("{}", n);
}
