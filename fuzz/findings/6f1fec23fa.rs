// borrowscope fuzz finding: missed:E0596
// found by: npm run fuzz:rustc -- --seed 20261127 --start 8896 --count 1 (generator seed 3384735811)
// shrunk from 11 to 6 statements in 37 tests
// rustc 1.95:  E0596@15
// borrowscope: E0594@16
// unsupported: none
//
fn read_b(x: &Box<i32>) -> i32 {
    **x
}

fn main() {
    let mut a0: Box<i32> = Box::new(if 2 > 3 { 9 } else { 1 });
    let a1: &Box<i32> = &a0;
    let mut c2 = || {
        **a1 = 7;
        read_b(a1);
    };
}
