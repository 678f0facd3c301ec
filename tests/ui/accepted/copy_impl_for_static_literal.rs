// A token borrowing a string literal is `'static`, so it may be copied.
#[derive(Clone)]
struct Token<'a> {
    text: &'a str,
}

impl Copy for Token<'static> {}

fn show(t: Token<'_>) {
    println!("{}", t.text);
}

fn main() {
    let t = Token { text: "hi" };
    show(t);
    show(t);
    let owned = String::from("x");
    let moved = Token { text: &owned };
    show(moved.clone());
}
