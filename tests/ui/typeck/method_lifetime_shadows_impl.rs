struct Holder<'a> {
    text: &'a str,
}

impl<'a> Holder<'a> {
    fn first<'a>(&self) -> &str { //~ ERROR E0496
        &self.text[..1]
    }
}

fn main() {
    let h = Holder { text: "hey" };
    println!("{}", h.first());
}
