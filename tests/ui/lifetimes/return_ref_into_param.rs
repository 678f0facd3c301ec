struct Library {
    titles: Vec<String>,
}

impl Library {
    fn first(&self) -> &String {
        &self.titles[0]
    }
}

fn skip_prefix(text: &str) -> &str {
    let mut rest = text;
    if rest.len() > 2 {
        rest = &rest[2..];
    }
    rest
}

fn main() {
    let lib = Library { titles: vec![String::from("Dune")] };
    println!("{} {}", lib.first(), skip_prefix("a quick fox"));
}
