#[derive(Clone, Copy, Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn shift(p: Point) -> Point {
    Point { x: p.x + 1, y: p.y }
}

fn main() {
    let n = 5;
    let m = n;
    let pair = (1.5, 'c');
    let other = pair;
    let p = Point { x: 1, y: 2 };
    let q = shift(p);
    println!("{} {} {:?} {:?} {:?} {:?}", n, m, pair, other, p, q);
}
