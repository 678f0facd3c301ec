fn longest(a: &str, b: &str) -> &str { //~ ERROR E0106
    if a.len() > b.len() {
        Some(a)
    } else {
        None
    }
}

fn main() {
    println!("{:?}", longest("ab", "c"));
}
