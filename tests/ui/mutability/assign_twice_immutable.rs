fn main() {
    let limit = 1;
    println!("{}", limit);
    limit = 2; //~ ERROR E0384
    println!("{}", limit);
}
