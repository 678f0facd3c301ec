fn main() {
    let s = String::from("shared");
    let r = &s;
    println!("{}", r);
    let t = s;
    println!("{}", t);
}
