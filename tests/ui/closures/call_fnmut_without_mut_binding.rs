fn main() {
    let mut hits = 0;
    let bump = || hits += 1;
    bump(); //~ ERROR E0596
    println!("{}", hits);
}
