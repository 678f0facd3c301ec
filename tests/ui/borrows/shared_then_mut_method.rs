struct Counter {
    hits: Vec<u32>,
}

impl Counter {
    fn latest(&self) -> &u32 {
        &self.hits[self.hits.len() - 1]
    }

    fn record(&mut self, n: u32) {
        self.hits.push(n);
    }
}

fn main() {
    let mut c = Counter { hits: vec![1] };
    let last = c.latest();
    c.record(2); //~ ERROR E0502
    println!("{}", last);
}
