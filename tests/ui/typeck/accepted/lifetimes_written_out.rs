struct Excerpt<'a> {
    text: &'a str,
}

enum Text<'a> {
    Owned(String),
    Borrowed(&'a String),
}

fn longer<'a>(a: &'a String, b: &'a String) -> &'a String {
    if a.len() >= b.len() { a } else { b }
}

fn default_name() -> &'static str {
    "anonymous"
}

fn main() {
    let x = String::from("ab");
    let y = String::from("abc");
    let e = Excerpt { text: &y[1..] };
    let t = Text::Borrowed(&x);
    let len = match t {
        Text::Owned(s) => s.len(),
        Text::Borrowed(r) => r.len(),
    };
    let _ = Text::Owned(String::new());
    println!("{} {} {} {}", longer(&x, &y), default_name(), e.text, len);
}
