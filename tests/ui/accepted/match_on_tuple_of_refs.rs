enum Cell {
    Empty,
    Stone(u8),
}

fn main() {
    let a = Cell::Stone(2);
    let b = Cell::Empty;
    let score = match (&a, &b) {
        (Cell::Stone(x), Cell::Stone(y)) => *x + *y,
        (Cell::Stone(x), Cell::Empty) => *x,
        (Cell::Empty, _) => 0,
    };
    let kept = a;
    match kept {
        Cell::Stone(n) => println!("{} {}", score, n),
        Cell::Empty => println!("{}", score),
    }
}
