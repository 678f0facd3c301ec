fn main() {
    let total = 0;
    for i in 0..4 {
        total += i; //~ ERROR E0384
    }
    println!("{}", total);
}
