fn main() {
    let mut v = vec![0];
    v.push(v.len());
    v.push(v[0] + v[1]);
    v.insert(0, v.len());
    let mut s = String::from("ab");
    s.push_str(&s.clone());
    println!("{:?} {}", v, s);
}
