// borrowscope fuzz finding: invented:E0716
// found by: npm run fuzz:rustc -- --seed 2026 --start 151 --count 1 (generator seed 36842107)
// shrunk from 29 to 4 statements in 28 tests
// rustc 1.95:  accepts
// borrowscope: E0716@14
// unsupported: none
//
fn take_i(x: i32) -> i32 {
    x
}

fn main() {
    let a5: &i32;
    a5 = &8;
    take_i(*a5);
}
