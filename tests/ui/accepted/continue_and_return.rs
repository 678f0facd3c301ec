fn position(words: &Vec<String>, key: &str) -> Option<usize> {
    for i in 0..words.len() {
        if words[i].is_empty() {
            continue;
        }
        if words[i] == key {
            return Some(i);
        }
    }
    None
}

fn main() {
    let words = vec![String::new(), String::from("b"), String::from("c")];
    println!("{:?} {:?}", position(&words, "c"), position(&words, "z"));
}
