struct Point {
    x: i32,
    y: i32,
}

fn classify(p: Point) -> u8 {
    match p {
        Point { x: 0, y: 0 } => 0,
        Point { x: 0, .. } => 1,
        Point { y: 0, .. } => 2,
        Point { x, y } => if x == y { 3 } else { 4 },
    }
}

fn main() {
    let pair = (0, 7);
    let kind = match pair {
        (0, _) => "left zero",
        (_, 0) => "right zero",
        _ => "none",
    };
    println!("{} {}", kind, classify(Point { x: 2, y: 2 }));
}
