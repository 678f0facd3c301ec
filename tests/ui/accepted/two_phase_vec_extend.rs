fn main() {
    let mut v = vec![1, 2];
    v.push(v[0] + v[1]);
    v.truncate(v.len() - 1);
    v.resize(v.len() * 2, 0);
    let mut s = String::from("a");
    s.insert(s.len(), 'z');
    println!("{:?} {}", v, s);
}
