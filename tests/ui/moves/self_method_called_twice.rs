struct Batch {
    rows: Vec<u32>,
}

impl Batch {
    fn finish(self) -> usize {
        self.rows.len()
    }
}

fn main() {
    let batch = Batch { rows: vec![1, 2, 3] };
    let a = batch.finish();
    let b = batch.finish(); //~ ERROR E0382
    println!("{} {}", a, b);
}
