fn main() {
    let mut v = vec![1, 2, 3];
    for x in &v {
        *x = 0; //~ ERROR E0594
    }
    v.push(4);
    println!("{:?}", v);
}
