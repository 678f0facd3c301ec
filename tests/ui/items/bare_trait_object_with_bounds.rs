trait Shape {
    fn area(&self) -> f64;
}

struct Holder<'a>(&'a (Shape + 'a)); //~ ERROR E0782

fn total(shapes: &[Box<Shape + Send>]) -> f64 { //~ ERROR E0782
    shapes.iter().map(|s| s.area()).sum()
}

fn pick<'a>(s: &'a (Shape + 'static)) -> &'a dyn Shape {
    //~^ ERROR E0782
    s
}

fn main() {
    let _ = total(&[]);
    let _ = pick;
    let _: Option<Holder<'static>> = None;
}
