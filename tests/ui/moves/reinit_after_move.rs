fn main() {
    let mut s = String::from("one");
    let t = s;
    s = String::from("two");
    println!("{} {}", s, t);
}
