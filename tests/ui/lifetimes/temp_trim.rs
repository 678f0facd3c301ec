fn main() {
    let raw = "  padded  ";
    let trimmed = String::from(raw).trim(); //~ ERROR E0716
    println!("[{}]", trimmed);
}
