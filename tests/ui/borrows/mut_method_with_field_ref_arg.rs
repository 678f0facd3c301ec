struct Doc {
    title: String,
    body: String,
}

impl Doc {
    fn append(&mut self, text: &String) {
        self.body.push_str(text);
    }
}

fn main() {
    let mut d = Doc { title: String::from("T"), body: String::new() };
    d.append(&d.title); //~ ERROR E0502
    println!("{}", d.body);
}
