// borrowscope fuzz finding: invented:E0716
// found by: npm run fuzz:rustc -- --seed 100 --count 5 (program 4, generator seed 4108497588)
// shrunk from 22 to 4 statements in 40 tests
// rustc 1.95:  accepts
// borrowscope: E0716@10
// unsupported: none
//
fn main() {
    let mut a0: &i32;
    a0 = &4;
    a0 = &*a0;
}
