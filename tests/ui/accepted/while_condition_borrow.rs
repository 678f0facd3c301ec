fn main() {
    let mut v = Vec::new();
    while v.len() < 4 {
        v.push(v.len() * 2);
    }
    let mut i = 0;
    while i < v.len() {
        v[i] += 1;
        i += 1;
    }
    println!("{:?}", v);
}
