//@ polonius
// Advancing a `&mut` cursor in a loop while it is conditionally borrowed: the datalog Polonius
// accepted this, the location-sensitive one (rustc -Zpolonius=next) still rejects it.
struct Cell {
    id: u32,
    next: Option<Box<Cell>>,
}

fn last(mut at: &mut Cell) -> &mut Cell {
    while let Some(n) = &mut at.next {
        at = n;
    }
    at //~ ERROR E0499
}

fn main() {
    let mut c = Cell { id: 1, next: Some(Box::new(Cell { id: 2, next: None })) };
    last(&mut c).id += 10;
    println!("{}", c.id);
}
