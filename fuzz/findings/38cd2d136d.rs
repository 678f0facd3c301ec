// borrowscope fuzz finding: missed:E0502
// found by: npm run fuzz:rustc -- --seed 20261127 --start 8874 --count 1 (generator seed 609180573)
// shrunk from 24 to 5 statements in 23 tests
// rustc 1.95:  E0594@15, E0502@17
// borrowscope: E0594@15, E0503@17
// unsupported: none
//
fn read_b(x: &Box<i32>) -> i32 {
    **x
}

fn main() {
    let mut a1: &Box<i32> = &Box::new(6);
    let c2: Box<dyn Fn()> = Box::new(|| {
        a1 = &*a1;
    });
    read_b(a1);
}
