fn main() {
    let x = 5;
    let y = *x; //~ ERROR E0614
    println!("{}", y);
}
