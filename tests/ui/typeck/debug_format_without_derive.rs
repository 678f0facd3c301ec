struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let r = &p;
    println!("{} {}", p.x, p.y);
    println!("{:?}", r); //~ ERROR E0277
}
