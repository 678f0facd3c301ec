// borrowscope fuzz finding: invented:E0596
// found by: npm run fuzz:rustc -- --seed 2026 --count 269 (program 268, generator seed 1205022929)
// shrunk from 21 to 6 statements in 88 tests
// rustc 1.95:  accepts
// borrowscope: E0596@10
// unsupported: none
//
fn main() {
    let a0: &mut Vec<i32> = &mut (vec![5, 0]);
    let mut c2 = || {
        loop {
            break;
            a0[0] += 1;
        }
    };
}
