#[derive(Clone, Copy)]
struct Meters(f64); //~ ERROR E0184

impl Drop for Meters {
    fn drop(&mut self) {
        println!("{}", self.0);
    }
}

fn main() {
    let m = Meters(1.5);
    let n = m;
    println!("{}", n.0);
}
