fn main() {
    let s = String::from("borrow");
    let n = s.length(); //~ ERROR E0599
    println!("{}", n);
}
