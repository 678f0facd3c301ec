enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Named(String),
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle(r) => 3.14 * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Named(_) => 0.0,
        }
    }

    fn name(&self) -> &str {
        match self {
            Shape::Named(n) => n,
            _ => "anonymous",
        }
    }
}

fn main() {
    let shapes = vec![Shape::Circle(1.0), Shape::Rect { w: 2.0, h: 3.0 }, Shape::Named(String::from("blob"))];
    for s in &shapes {
        println!("{} {}", s.name(), s.area());
    }
}
