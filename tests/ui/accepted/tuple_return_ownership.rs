fn measure(s: String) -> (String, usize) {
    let n = s.len();
    (s, n)
}

fn main() {
    let s = String::from("round trip");
    let (s, n) = measure(s);
    let (s, m) = measure(s);
    println!("{} {} {}", s, n, m);
}
