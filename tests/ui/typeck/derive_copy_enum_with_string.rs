#[derive(Clone, Copy)]
enum Token { //~ ERROR E0204
    Number(i64),
    Word(String),
}

fn main() {
    let t = Token::Word(String::from("let"));
    if let Token::Word(w) = t {
        println!("{}", w);
    }
    let _ = Token::Number(1);
}
