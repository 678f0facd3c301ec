// borrowscope fuzz finding: invented:E0716
// found by: npm run fuzz:rustc -- --seed 2026 --start 281 --count 1 (generator seed 1491035655)
// shrunk from 26 to 4 statements in 33 tests
// rustc 1.95:  E0596@11
// borrowscope: E0716@10, E0596@11
// unsupported: none
//
fn main() {
    let mut a0: &i32 = &4;
    a0 = &7;
    let a5: &mut i32 = &mut *a0;
}
