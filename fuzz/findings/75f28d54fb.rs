// borrowscope fuzz finding: line:E0507
// found by: npm run fuzz:rustc -- --seed 20261129 --start 6902 --count 1 (generator seed 4287213117)
// shrunk from 17 to 4 statements in 31 tests
// rustc 1.95:  E0507@10, E0507@11
// borrowscope: E0507@10, E0507@10
// unsupported: none
//
fn main() {
    let a0: &mut Option<String> = &mut Some(String::from("bc"));
    let Some(x1) = *a0 else { return; };
    let Some(x5) = *a0 else { return; };
}
