fn main() {
    let mut v = vec![1, 2, 3];
    let m = &mut v;
    let a = &*m;
    let b = &*m;
    println!("{} {}", a.len(), b[0]);
    m.push(4);
    let n = &mut *m;
    n.push(5);
    m.push(6);
    println!("{:?}", v);
}
