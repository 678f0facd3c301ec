fn main() {
    let r: &String;
    r = &String::from("gone"); //~ ERROR E0716
    println!("{}", r);
}
