fn main() {
    let v: Vec<String> = Vec::new();
    let label = if v.is_empty() {
        "empty"
    } else {
        v.len() //~ ERROR E0308
    };
    println!("{}", label);
}
