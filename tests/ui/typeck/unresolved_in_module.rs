// The last segment of a path through a module names nothing: E0425 "in module".
mod shapes {
    pub fn circle() -> f64 {
        1.0
    }
    pub const SIDES: u32 = 4;
}

fn main() {
    let a = shapes::circle();
    let b = shapes::square(); //~ ERROR E0425
    let c = shapes::SIDE; //~ ERROR E0425
    println!("{} {} {} {}", a, b, c, shapes::SIDES);
}
