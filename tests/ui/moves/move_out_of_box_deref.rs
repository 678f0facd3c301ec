fn main() {
    let boxed = Box::new(String::from("inside"));
    let s = *boxed;
    println!("{}", s);
}
