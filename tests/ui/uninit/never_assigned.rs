fn main() {
    let count: u32;
    let total = 10;
    println!("{} of {}", count, total); //~ ERROR E0381
}
