struct Timer {
    ticks: u64,
}

impl Timer {
    fn reset(&mut self) {
        self.ticks = 0;
    }

    fn tick(&mut self) {
        self.ticks += 1;
    }
}

fn main() {
    let mut t = Timer { ticks: 9 };
    t.reset();
    t.tick();
    let r = &mut t;
    r.tick();
    println!("{}", t.ticks);
}
