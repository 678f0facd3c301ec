// borrowscope fuzz finding: invented:E0594
// found by: npm run fuzz:rustc -- --seed 100 --count 41 (program 40, generator seed 1157188845)
// shrunk from 23 to 3 statements in 35 tests
// rustc 1.95:  E0381@10
// borrowscope: E0594@10, E0381@10
// unsupported: none
//
fn main() {
    let a0: &String;
    *a0 = (*a0).clone();
}
