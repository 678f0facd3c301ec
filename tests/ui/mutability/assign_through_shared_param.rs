struct Point {
    x: i32,
    y: i32,
}

fn reset(p: &Point) {
    p.x = 0; //~ ERROR E0594
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    reset(&p);
    p.y += 1;
    println!("{} {}", p.x, p.y);
}
