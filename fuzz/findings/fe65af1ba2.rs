// borrowscope fuzz finding: invented:E0381
// found by: npm run fuzz:rustc -- --seed 2026 --start 137 --count 1 (generator seed 2026900528)
// shrunk from 20 to 3 statements in 22 tests
// rustc 1.95:  accepts
// borrowscope: E0381@19
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
    let mut a2: Guard = Guard { s: String::from("a") };
    a2.s = "def".to_string();
}
