fn main() {
    let mut level = 3;
    let r = &level;
    level = 4; //~ ERROR E0506
    println!("{} {}", r, level);
}
