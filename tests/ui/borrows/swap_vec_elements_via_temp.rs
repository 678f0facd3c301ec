fn main() {
    let mut v = vec![3, 1, 2];
    let t = v[0];
    v[0] = v[1];
    v[1] = t;
    let last = v.len() - 1;
    v[last] += v[0];
    println!("{:?}", v);
}
