// borrowscope fuzz finding: line:E0507
// found by: npm run fuzz:rustc -- --seed 1004 --start 2375 --count 1 (generator seed 3388054139)
// shrunk from 23 to 4 statements in 68 tests
// rustc 1.95:  E0381@10, E0507@11
// borrowscope: E0381@10, E0507@10
// unsupported: none
//
fn main() {
    let mut a0: &Option<String>;
    let ref a4 = *a0;
    let Some(x8) = *a0 else { return; };
}
