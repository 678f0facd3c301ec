fn main() {
    let mut s = String::from("draft");
    let w = &mut s;
    w.push_str(" v2");
    println!("{}", s);
    s.push('!');
    let r = &s;
    println!("{}", r);
    s = String::from("final");
    println!("{}", s);
}
