// borrowscope fuzz finding: invented:E0596
// found by: npm run fuzz:rustc -- --seed 100 --count 46 (program 45, generator seed 4233110151)
// shrunk from 23 to 3 statements in 26 tests
// rustc 1.95:  E0381@10, E0502@10
// borrowscope: E0381@10, E0596@10, E0502@10
// unsupported: none
//
fn main() {
    let a0: String;
    a0.push_str(a0.as_str());
}
