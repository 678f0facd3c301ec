// borrowscope fuzz finding: invented:E0499
// found by: npm run fuzz:rustc -- --seed 2026 --start 139 --count 1 (generator seed 2628103044)
// shrunk from 29 to 4 statements in 66 tests
// rustc 1.95:  accepts
// borrowscope: E0499@11
// unsupported: none
//
fn main() {
    let mut a3: &mut Vec<i32> = &mut (vec![7, 9]);
    a3 = a3;
    a3 = &mut *a3;
}
