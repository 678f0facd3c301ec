fn keep(s: String) -> usize {
    s.len()
}

fn main() {
    let word = String::from("borrow");
    let n = if word.is_empty() {
        0
    } else {
        keep(word)
    };
    println!("{} {}", n, word); //~ ERROR E0382
}
