fn main() {
    let s = String::from("boxed");
    let b = Box::new(s);
    let s = *b;
    let pair = Box::new((String::from("a"), 1));
    let (text, n) = *pair;
    println!("{} {} {}", s, text, n);
}
