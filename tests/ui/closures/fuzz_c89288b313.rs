// A fuzz finding (c89288b313.rs), fixed: E0596@14 as rustc.
// found by: npm run fuzz:rustc -- --seed 1001 --start 525 --count 1 (generator seed 3413110799)
fn run_fn<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut a5: &Vec<i32> = &Vec::new();
    run_fn(|| { //~ ERROR E0596
        let mut a7: &mut Vec<i32> = &mut *a5;
    });
}
