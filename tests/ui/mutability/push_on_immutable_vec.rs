fn main() {
    let v = vec![1];
    v.push(2); //~ ERROR E0596
    println!("{:?}", v);
}
