fn main() {
    let mut data = vec![1, 2];
    let r = &mut data;
    r.push(3);
    r[0] = 10;
    let b = Box::new(5);
    let mut b2 = b;
    *b2 += 1;
    println!("{:?} {}", data, b2);
}
