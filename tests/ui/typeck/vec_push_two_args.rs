fn main() {
    let mut v: Vec<i32> = Vec::new();
    v.push(1, 2); //~ ERROR E0061
    println!("{:?}", v);
}
