trait Shape {
    fn area(&self) -> f64;
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl<T: Shape> Shape for Box<T> {
    fn area(&self) -> f64 {
        (**self).area()
    }
}

fn boxed<T: 'static>(v: Box<T>) -> Box<dyn Shape>
where
    Box<T>: Shape,
{
    Box::new(v)
}

fn main() {
    println!("{}", boxed(Box::new(Sq(2.0))).area());
}
