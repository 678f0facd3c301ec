struct Counter {
    hits: u32,
}

impl Counter {
    fn bump(&mut self) {
        let slot: &'static mut u32 = &mut self.hits; //~ ERROR lifetime may not live long enough
        *slot += 1;
    }
}

fn main() {
    let mut c = Counter { hits: 0 };
    c.bump();
    println!("{}", c.hits);
}
