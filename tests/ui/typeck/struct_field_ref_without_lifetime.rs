struct Excerpt {
    text: &str, //~ ERROR E0106
}

fn main() {
    let e = Excerpt { text: "abc" };
    println!("{}", e.text);
}
