fn main() {
    let mut b = Box::new(1);
    let r: &i32 = &b;
    *b = 2; //~ ERROR E0506
    println!("{}", r);
}
