// borrowscope fuzz finding: invented:E0384
// found by: npm run fuzz:rustc -- --seed 2026 --start 284 --count 1 (generator seed 261495651)
// shrunk from 27 to 5 statements in 42 tests
// rustc 1.95:  E0506@24, E0505@24
// borrowscope: E0506@24, E0384@24, E0505@24
// unsupported: none
//
#[derive(Debug)]
struct Guard {
    s: String,
}

impl Drop for Guard {
    fn drop(&mut self) {}
}

fn read_str(x: &str) -> i32 {
    x.len() as i32
}

fn main() {
    let a1: Guard = Guard { s: String::from("xy") };
    let a2: &str = a1.s.as_str();
    a1 = a1;
    read_str(a2);
}
