// Unsizing to `dyn Trait` needs the impl: rustc reports the missing impl, not a type mismatch.
trait Draw {
    fn draw(&self) -> String;
}

struct Circle;

impl Draw for Circle {
    fn draw(&self) -> String {
        String::from("o")
    }
}

struct Label;

fn main() {
    let shapes: Vec<Box<dyn Draw>> = vec![Box::new(Circle)];
    let extra: Box<dyn Draw> = Box::new(Label); //~ ERROR E0277
    println!("{} {}", shapes.len(), extra.draw());
}
