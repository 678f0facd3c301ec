// E0451: naming a private field in a struct expression or pattern. rustc reports it from its
// privacy pass, which runs only when nothing else failed.
mod geo {
    pub struct Point {
        pub x: i32,
        y: i32,
    }
    pub fn origin() -> Point {
        Point { x: 0, y: 0 }
    }
    pub fn y_of(p: &Point) -> i32 {
        p.y
    }
}

fn main() {
    let p = geo::Point { x: 1, y: 2 }; //~ ERROR E0451
    let geo::Point { x, .. } = geo::origin();
    let geo::Point { y, .. } = p; //~ ERROR E0451
    println!("{} {} {}", x, y, geo::y_of(&geo::origin()));
}
