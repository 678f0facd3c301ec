// borrowscope fuzz finding: line:E0381
// found by: npm run fuzz:rustc -- --seed 20261129 --start 2061 --count 1 (generator seed 1380404131)
// shrunk from 25 to 4 statements in 60 tests
// rustc 1.95:  E0381@14
// borrowscope: E0381@15
// unsupported: none
//
fn run_mut<F: FnMut()>(mut f: F) {
    f();
}

fn main() {
    let a0: &i32;
    run_mut(|| {
        let mut a8: &i32 = a0;
    });
}
