// Two reborrows of a moved captured `&mut` in one closure body: the second one is reported.
fn keep<T>(value: T) -> T {
    value
}

fn main() {
    let mut total = vec![1, 2];
    let slot = &mut total;
    let grow = || {
        let moved = keep(slot);
        let first = &*slot;
        let second = &*slot; //~ ERROR E0382
        println!("{:?} {:?} {:?}", moved, first, second);
    };
    grow();
}
