struct Excerpt {
    part: &'a str, //~ ERROR E0261
}

fn main() {
    let text = String::from("call me");
    let e = Excerpt { part: &text[..4] };
    println!("{}", e.part);
}
