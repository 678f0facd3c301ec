// borrowscope fuzz finding: missed:E0507
// found by: npm run fuzz:rustc -- --seed 20261129 --start 2481 --count 1 (generator seed 3403277519)
// shrunk from 23 to 4 statements in 34 tests
// rustc 1.95:  E0507@10, E0507@12
// borrowscope: E0507@10
// unsupported: none
//
fn main() {
    let mut a1: &Option<String> = &Some(String::from("xy"));
    match *a1 {
        Some(x8) => {
            let Some(x10) = *a1 else { return; };
        }
        _ => {
        }
    }
}
