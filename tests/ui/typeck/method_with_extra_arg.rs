struct Counter {
    hits: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.hits += 1;
    }
}

fn main() {
    let mut c = Counter { hits: 0 };
    c.bump(5); //~ ERROR E0061
    println!("{}", c.hits);
}
