// borrowscope fuzz finding: invented:E0596
// found by: npm run fuzz:rustc -- --seed 2026 --start 268 --count 1 (generator seed 1205022929)
// shrunk from 21 to 6 statements in 53 tests
// rustc 1.95:  accepts
// borrowscope: E0596@14
// unsupported: none
//
fn write_i(x: &mut i32) {
    *x += 1;
}

fn main() {
    let a0: &mut Vec<i32> = &mut (vec![5, 0]);
    let mut c2 = || {
        loop {
            break;
            write_i(&mut a0[0]);
        }
    };
}
