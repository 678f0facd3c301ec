fn first_two(s: &str) -> &str {
    &s[0..2]
}

fn main() {
    let mut s = String::from("hello");
    let head = first_two(&s);
    let view = s.as_str();
    println!("{} {}", head, view);
    s.push_str(" world");
    println!("{}", s);
}
