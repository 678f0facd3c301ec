struct Builder {
    parts: Vec<String>,
}

impl Builder {
    fn add(&mut self, p: &str) -> &mut Builder {
        self.parts.push(String::from(p));
        self
    }
}

fn main() {
    let mut b = Builder { parts: Vec::new() };
    b.add("a").add("b").add("c");
    b.add("d");
    println!("{:?}", b.parts);
}
