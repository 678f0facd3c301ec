// Outside a closure the same two reborrows after a move are reported at the first one.
fn keep<T>(value: T) -> T {
    value
}

fn main() {
    let mut total = vec![1, 2];
    let slot = &mut total;
    let moved = keep(slot);
    let first = &*slot; //~ ERROR E0382
    let second = &*slot;
    println!("{:?} {:?} {:?}", moved, first, second);
}
