trait Reset {
    fn reset(&mut self);
}

struct Counter {
    n: u32,
}

impl Reset for Counter {
    fn reset(&mut self) {
        self.n = 0;
    }
}

fn main() {
    let c = Counter { n: 5 };
    c.reset(); //~ ERROR E0596
    println!("{}", c.n);
}
