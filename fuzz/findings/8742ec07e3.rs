// borrowscope fuzz finding: missed:E0507
// found by: npm run fuzz:rustc -- --seed 1004 --start 18 --count 1 (generator seed 2241442772)
// shrunk from 16 to 4 statements in 44 tests
// rustc 1.95:  E0507@10, E0507@14
// borrowscope: E0507@10
// unsupported: none
//
fn main() {
    let mut a0: &mut Option<String> = &mut Some(String::from("a"));
    match *a0 {
        Some(x2) => {
        }
        _ => {
            let Some(x3) = *a0 else { return; };
        }
    }
}
