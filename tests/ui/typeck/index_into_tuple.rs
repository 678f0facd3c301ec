fn main() {
    let pair = (String::from("k"), 10);
    let key = &pair[0]; //~ ERROR E0608
    println!("{}", key);
}
