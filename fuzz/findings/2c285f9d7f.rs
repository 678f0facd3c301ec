// borrowscope fuzz finding: missed:E0381
// found by: npm run fuzz:rustc -- --seed 100 --count 37 (program 36, generator seed 577908166)
// shrunk from 17 to 4 statements in 34 tests
// rustc 1.95:  E0381@10
// borrowscope: E0282@10
// unsupported: none
//
fn main() {
    let a3: &Vec<i32>;
    let mut c4 = || {
        if (*a3).is_empty() {
        } else {
        }
    };
}
