// std::sync::atomic: statics of atomic type, shared through Arc, get_mut, compare_exchange, fence.
use std::sync::atomic::{AtomicBool, AtomicUsize, AtomicI32, Ordering};
use std::sync::Arc;
static COUNT: AtomicUsize = AtomicUsize::new(0);
fn main() {
    COUNT.fetch_add(1, Ordering::SeqCst);
    let flag = Arc::new(AtomicBool::new(false));
    let f2 = flag.clone();
    let h = std::thread::spawn(move || f2.store(true, Ordering::Release));
    h.join().unwrap();
    let mut a = AtomicI32::new(3);
    *a.get_mut() += 1;
    let r = a.compare_exchange(4, 5, Ordering::AcqRel, Ordering::Relaxed);
    println!("{} {} {:?} {:?}", COUNT.load(Ordering::SeqCst), flag.load(Ordering::Acquire), r, a);
    std::sync::atomic::fence(Ordering::SeqCst);
}
