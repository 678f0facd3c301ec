// borrowscope fuzz finding: invented:E0594
// found by: npm run fuzz:rustc -- --seed 7002 --start 240 --count 1 (generator seed 711694933)
// shrunk from 20 to 5 statements in 35 tests
// rustc 1.95:  E0596@15
// borrowscope: E0594@16, E0596@15
// unsupported: none
//
fn run_fn<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut a0: Box<i32> = Box::new(2);
    let mut a1: &i32 = &*a0;
    run_fn(|| {
        *a1 = *a0;
    });
}
