// borrowscope fuzz finding: line:E0381
// found by: npm run fuzz:rustc -- --seed 2026 --start 45 --count 1 (generator seed 1036658075)
// shrunk from 26 to 6 statements in 38 tests
// rustc 1.95:  E0381@14
// borrowscope: E0381@12
// unsupported: none
//
fn main() {
    let mut a1: String = String::from("bc");
    let a3: String;
    for k4 in vec![4, 2] {
        a1.push_str(a3.as_str());
    }
    let mut a6: Option<String> = Some(a3);
}
