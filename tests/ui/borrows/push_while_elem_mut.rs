fn main() {
    let mut v = vec![1, 2, 3];
    let first = &mut v[0];
    v.push(4); //~ ERROR E0499
    *first = 9;
    println!("{:?}", v);
}
