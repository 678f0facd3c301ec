fn main() {
    let mut v = vec![1, 2];
    let m = &mut v;
    let view: &Vec<i32> = &*m;
    println!("{}", view.len());
    m.push(3);
    println!("{:?}", v);
}
