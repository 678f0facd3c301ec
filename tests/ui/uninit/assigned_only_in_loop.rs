fn main() {
    let mut last: u32;
    for i in 0..3 {
        last = i * 2;
        println!("{}", last);
    }
    println!("final {}", last); //~ ERROR E0381
}
