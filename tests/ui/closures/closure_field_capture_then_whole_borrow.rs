struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let mut shift = || p.x += 10;
    let whole = &p; //~ ERROR E0502
    shift();
    println!("{} {}", whole.x, whole.y);
}
