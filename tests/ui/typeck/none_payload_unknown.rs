fn main() {
    let slot = None; //~ ERROR E0282
    let filled = slot.is_some();
    println!("{}", filled);
}
