fn left(s: String) -> usize {
    s.len()
}

fn right(s: String) -> usize {
    s.len() * 2
}

fn main() {
    let s = String::from("branch");
    let n = if s.starts_with('b') { left(s) } else { right(s) };
    println!("{}", n);
}
