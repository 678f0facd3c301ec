// borrowscope fuzz finding: invented:E0502
// found by: npm run fuzz:rustc -- --seed 2026 --count 25 (program 24, generator seed 585796262)
// shrunk from 24 to 4 statements in 100 tests
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
