fn grow(v: &mut Vec<usize>) {
    v.push(v.len());
}

fn main() {
    let mut b = Box::new(vec![1]);
    grow(&mut b);
    let r = &mut *b;
    grow(r);
    grow(r);
    println!("{:?}", b);
}
