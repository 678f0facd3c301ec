// borrowscope fuzz finding: invented:E0499
// found by: npm run fuzz:rustc -- --seed 2026 --start 118 --count 1 (generator seed 2156696182)
// shrunk from 23 to 4 statements in 63 tests
// rustc 1.95:  accepts
// borrowscope: E0499@15
// unsupported: none
//
fn make_s() -> String {
    String::from("made")
}

fn main() {
    let mut a1: &mut String = &mut make_s();
    a1 = a1;
    (*a1).clear();
}
