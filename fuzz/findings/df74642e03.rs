// borrowscope fuzz finding: invented:E0381
// found by: npm run fuzz:rustc -- --seed 2026 --start 188 --count 1 (generator seed 1792580410)
// shrunk from 22 to 4 statements in 16 tests
// rustc 1.95:  accepts
// borrowscope: E0381@20
// unsupported: none
//
#[derive(Debug)]
struct Guard {
    s: String,
}

impl Drop for Guard {
    fn drop(&mut self) {}
}

fn main() {
    let mut a1: String = String::from("xy");
    let mut a2: Guard = Guard { s: a1.clone() };
    a2.s = String::from("def");
}
