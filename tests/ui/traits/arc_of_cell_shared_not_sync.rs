use std::cell::Cell;
use std::sync::Arc;
use std::thread;

fn main() {
    let hits = Arc::new(Cell::new(0));
    let hits2 = Arc::clone(&hits);
    let h = thread::spawn(move || { //~ ERROR E0277
        hits2.set(hits2.get() + 1);
    });
    h.join().unwrap();
    println!("{}", hits.get());
}
