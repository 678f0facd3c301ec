fn main() {
    let mut s = String::from("a");
    let r = &s;
    r.push_str("b"); //~ ERROR E0596
    s.push('c');
    println!("{}", s);
}
