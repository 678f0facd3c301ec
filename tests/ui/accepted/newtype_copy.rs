#[derive(Clone, Copy, Debug)]
struct Meters(f64);

impl Meters {
    fn add(self, other: Meters) -> Meters {
        Meters(self.0 + other.0)
    }
}

fn main() {
    let a = Meters(1.5);
    let b = Meters(2.0);
    let c = a.add(b);
    let d = a.add(c);
    println!("{:?} {:?} {:?} {:?}", a, b, c, d);
}
