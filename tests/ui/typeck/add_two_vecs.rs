fn main() {
    let a = vec![1, 2];
    let b = vec![3, 4];
    let c = a + b; //~ ERROR E0369
    println!("{:?}", c);
}
