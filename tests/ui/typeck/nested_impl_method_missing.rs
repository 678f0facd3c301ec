fn main() {
    struct Counter {
        hits: u32,
    }
    impl Counter {
        fn bump(&mut self) {
            self.hits += 1;
        }
    }
    let mut c = Counter { hits: 0 };
    c.bump();
    c.reset(); //~ ERROR E0599
    println!("{}", c.hits);
}
