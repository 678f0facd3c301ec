fn add_suffix(mut s: String, suffix: &str) -> String {
    s.push_str(suffix);
    s
}

fn main() {
    let s = String::from("file");
    let s = add_suffix(s, ".rs");
    let t = add_suffix(s.clone(), ".bak");
    println!("{} {}", s, t);
}
