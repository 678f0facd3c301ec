trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);
struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Rect { w: 1.0, h: 3.0 })];
    let sum: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("{}", sum);
}
