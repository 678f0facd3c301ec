fn main() {
    let v: Vec<String> = vec![String::from("x")];
    let label = if v.is_empty() { String::from("empty") } else { v.len().to_string() };
    let maybe = v.first();
    let n = match maybe {
        Some(s) => s.len(),
        None => 0,
    };
    println!("{} {}", label, n);
}
