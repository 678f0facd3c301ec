struct Countdown {
    left: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.left == 0 {
            None
        } else {
            self.left -= 1;
            Some(self.left)
        }
    }
}

fn main() {
    let steps: Vec<u32> = Countdown { left: 4 }.collect();
    let doubled: u32 = Countdown { left: 3 }.map(|x| x * 2).sum();
    println!("{:?} {}", steps, doubled);
}
