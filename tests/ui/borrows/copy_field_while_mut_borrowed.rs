#[derive(Debug)]
struct Pos {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Pos { x: 1, y: 2 };
    let whole = &mut p;
    let x = p.x; //~ ERROR E0503
    whole.y += x;
    println!("{:?}", p);
}
