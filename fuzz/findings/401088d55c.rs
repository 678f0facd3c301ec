// borrowscope fuzz finding: invented:E0596
// found by: npm run fuzz:rustc -- --seed 2026 --start 116 --count 1 (generator seed 604458576)
// shrunk from 25 to 5 statements in 39 tests
// rustc 1.95:  E0596@9
// borrowscope: E0596@11, E0596@13
// unsupported: none
//
fn main() {
    for k1 in 0..2 {
        if 6 > 4 {
            let a3: &mut i32 = &mut k1;
        } else {
            let a5: &mut i32 = &mut k1;
        }
    }
}
