fn main() {
    let mut v = vec![1, 2, 3];
    match v.get_mut(1) {
        Some(x) => *x = 20,
        None => {}
    }
    match v.first() {
        Some(f) => println!("first {}", f),
        None => println!("empty"),
    }
    v.push(4);
    println!("{:?}", v);
}
