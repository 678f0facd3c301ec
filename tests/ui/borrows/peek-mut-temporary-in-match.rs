// `PeekMut` runs a destructor, so the temporary in the scrutinee keeps the heap borrowed for the
// whole `match`.
use std::collections::BinaryHeap;

fn top(heap: &mut BinaryHeap<u32>) -> Option<u32> {
    let r = match heap.peek_mut() {
        Some(p) => {
            let v = *p;
            heap.push(v + 1); //~ ERROR E0499
            Some(v)
        }
        None => None,
    };
    r
}

fn fine(heap: &mut BinaryHeap<u32>) -> u32 {
    let first = heap.peek().copied().unwrap_or(0);
    heap.push(first);
    let mut n = 0;
    for x in std::iter::once(3).chain(std::iter::empty()) {
        n += x;
    }
    n + heap.len() as u32
}

fn main() {
    let mut h = BinaryHeap::new();
    h.push(1);
    println!("{:?} {}", top(&mut h), fine(&mut h));
}
