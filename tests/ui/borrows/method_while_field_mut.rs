struct Inventory {
    counts: Vec<u32>,
}

impl Inventory {
    fn slot_mut(&mut self, i: usize) -> &mut u32 {
        &mut self.counts[i]
    }

    fn clear(&mut self) {
        self.counts.clear();
    }
}

fn main() {
    let mut inv = Inventory { counts: vec![1, 2] };
    let slot = inv.slot_mut(0);
    inv.clear(); //~ ERROR E0499
    *slot = 5;
    println!("{:?}", inv.counts);
}
