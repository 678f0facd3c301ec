// A fuzz finding (33589764bb.rs), fixed: E0596@15 as rustc.
// found by: npm run fuzz:rustc -- --seed 7002 --start 240 --count 1 (generator seed 711694933)
fn run_fn<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut a0: Box<i32> = Box::new(2);
    let mut a1: &i32 = &*a0;
    run_fn(|| { //~ ERROR E0596
        *a1 = *a0;
    });
}
