use std::cell::Cell;

struct Meter {
    reads: Cell<u32>,
    value: i64,
}

impl Meter {
    fn read(&self) -> i64 {
        self.reads.set(self.reads.get() + 1);
        self.value
    }
}

fn main() {
    let m = Meter { reads: Cell::new(0), value: 7 };
    let a = &m;
    let b = &m;
    let sum = a.read() + b.read();
    println!("{} {}", sum, m.reads.get());
}
