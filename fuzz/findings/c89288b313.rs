// borrowscope fuzz finding: invented:E0596
// found by: npm run fuzz:rustc -- --seed 1001 --start 525 --count 1 (generator seed 3413110799)
// shrunk from 21 to 4 statements in 20 tests
// rustc 1.95:  E0596@14
// borrowscope: E0596@15, E0596@14
// unsupported: none
//
fn run_fn<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut a5: &Vec<i32> = &Vec::new();
    run_fn(|| {
        let mut a7: &mut Vec<i32> = &mut *a5;
    });
}
