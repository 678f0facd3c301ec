struct Timer {
    ticks: u64,
}

impl Timer {
    fn reset(&self) {
        self.ticks = 0; //~ ERROR E0594
    }
}

fn main() {
    let t = Timer { ticks: 9 };
    t.reset();
    println!("{}", t.ticks);
}
