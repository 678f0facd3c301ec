// borrowscope fuzz finding: invented:E0502
// found by: npm run fuzz:rustc -- --seed 2026 --start 24 --count 1 (generator seed 585796262)
// shrunk from 24 to 4 statements in 46 tests
// rustc 1.95:  accepts
// borrowscope: E0502@15
// unsupported: none
//
fn read_i(x: &i32) -> i32 {
    *x
}

fn main() {
    let mut a5: &mut i32 = &mut 1;
    a5 = a5;
    read_i(a5);
}
