enum Text {
    Owned(String),
    Borrowed(&String), //~ ERROR E0106
}

fn main() {
    let s = String::from("x");
    let t = Text::Borrowed(&s);
    if let Text::Borrowed(r) = t {
        println!("{}", r);
    }
    let _ = Text::Owned(String::new());
}
