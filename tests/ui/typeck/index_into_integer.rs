fn main() {
    let count = 42u32;
    let digit = count[0]; //~ ERROR E0608
    println!("{}", digit);
}
