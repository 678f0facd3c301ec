fn main() {
    let capacity_hint = 8;
    let scratch = Vec::new(); //~ ERROR E0282
    println!("{}", capacity_hint);
}
