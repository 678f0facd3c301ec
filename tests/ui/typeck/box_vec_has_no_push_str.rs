fn main() {
    let mut words: Box<Vec<String>> = Box::new(Vec::new());
    words.push_str("hello"); //~ ERROR E0599
    println!("{}", words.len());
}
