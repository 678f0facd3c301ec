fn consume(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1, 2, 3];
    let first = &v[0];
    let n = consume(v); //~ ERROR E0505
    println!("{} {}", first, n);
}
