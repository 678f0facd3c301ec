// borrowscope fuzz finding: missed:E0521
// found by: npm run fuzz:rustc -- --seed 1002 --start 1576 --count 1 (generator seed 2553660303)
// shrunk from 28 to 6 statements in 35 tests
// rustc 1.95:  E0521@11, E0381@13
// borrowscope: E0716@11, E0381@13
// unsupported: none
//
fn main() {
    let mut a0: &mut Vec<i32> = &mut Vec::new();
    let mut c1 = || {
        a0 = &mut Vec::new();
        let a2: i32;
        a0[0] = a2;
    };
}
