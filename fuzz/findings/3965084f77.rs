// borrowscope fuzz finding: missed:E0594
// found by: npm run fuzz:rustc -- --seed 20261129 --start 8382 --count 1 (generator seed 2699801215)
// shrunk from 18 to 5 statements in 32 tests
// rustc 1.95:  E0521@12, E0594@12
// borrowscope: E0521@12
// unsupported: none
//
fn main() {
    let mut a0: Vec<i32> = vec![2, 6];
    let ref mut a1 = a0;
    let mut c2 = || {
        a1 = a1;
    };
}
