// borrowscope fuzz finding: line:E0503
// found by: npm run fuzz:rustc -- --seed 20261127 --start 6747 --count 1 (generator seed 3730973337)
// shrunk from 28 to 6 statements in 55 tests
// rustc 1.95:  E0503@16
// borrowscope: E0503@15
// unsupported: none
//
fn read_i(x: &i32) -> i32 {
    *x
}

fn main() {
    let mut a0: i32 = 6;
    let mut a2: &mut i32 = &mut a0;
    let mut c8 = move || {
        a0 = a0;
        read_i(&*a2);
    };
}
