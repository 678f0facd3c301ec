fn main() {
    let mut parts: Vec<&String> = Vec::new();
    for i in 0..2 {
        parts.push(&format!("part{}", i)); //~ ERROR E0716
    }
    println!("{:?}", parts);
}
