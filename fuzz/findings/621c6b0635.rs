// borrowscope fuzz finding: invented:E0282
// found by: npm run fuzz:rustc -- --seed 2026 --start 216 --count 1 (generator seed 1381114197)
// shrunk from 27 to 3 statements in 30 tests
// rustc 1.95:  accepts
// borrowscope: E0282@9
// unsupported: none
//
fn main() {
    let mut c4 = move || {
        if (3 + 2) > 4 {
        } else {
        }
    };
}
