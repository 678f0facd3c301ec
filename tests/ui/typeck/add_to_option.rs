fn main() {
    let v = vec![4, 5, 6];
    let next = v.first().copied() + 1; //~ ERROR E0369
    println!("{:?}", next);
}
