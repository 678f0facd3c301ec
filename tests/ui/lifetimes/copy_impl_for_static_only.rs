// `Copy` is implemented only for `Token<'static>`: copying a token needs its borrow to be
// `'static`, so a token borrowing a local cannot be copied.
#[derive(Clone)]
struct Token<'a> {
    text: &'a str,
}

impl Copy for Token<'static> {}

fn show(t: Token<'_>) {
    println!("{}", t.text);
}

fn main() {
    let owned = String::from("hi");
    let pair = (Token { text: &owned },); //~ ERROR E0597
    show(pair.0);
    show(pair.0);
}
