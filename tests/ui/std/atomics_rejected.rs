// Atomics are neither Copy nor Clone, `get_mut` borrows mutably, and values have the integer type.
use std::sync::atomic::{AtomicUsize, Ordering};

fn wrong_type(d: &AtomicUsize) {
    d.store(-1i32, Ordering::SeqCst); //~ ERROR E0308
}

fn main() {
    let a = AtomicUsize::new(1);
    let b = a;
    println!("{}", a.load(Ordering::Relaxed)); //~ ERROR E0382
    let mut c = AtomicUsize::new(2);
    let r = c.get_mut();
    c.store(3, Ordering::SeqCst); //~ ERROR E0502
    *r += 1;
    wrong_type(&b);
}
