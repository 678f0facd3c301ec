fn joined(words: &Vec<String>) -> &str {
    let all = words.join(" ");
    all.as_str() //~ ERROR E0515
}

fn main() {
    let words = vec![String::from("a"), String::from("b")];
    println!("{}", joined(&words));
}
