// rustc's privacy pass does not run after another error: the private field in the struct
// expression is not reported beside the move error.
mod geo {
    pub struct Point {
        pub x: i32,
        y: i32,
    }
    pub fn y_of(p: &Point) -> i32 {
        p.y
    }
}

fn main() {
    let p = geo::Point { x: 1, y: 2 };
    let v = vec![p.x, geo::y_of(&p)];
    let w = v;
    println!("{:?} {:?}", v, w); //~ ERROR E0382
}
