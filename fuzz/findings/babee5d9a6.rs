// borrowscope fuzz finding: missed:E0507
// found by: npm run fuzz:rustc -- --seed 1004 --start 113 --count 1 (generator seed 2922651574)
// shrunk from 31 to 4 statements in 39 tests
// rustc 1.95:  E0507@10, E0507@12
// borrowscope: E0507@10
// unsupported: none
//
fn main() {
    let a1: &Option<String> = &Some(String::from("xy"));
    match *a1 {
        Some(x5) if x5.len() > 1 => {
            let Some(x6) = *a1 else { return; };
        }
        _ => {
        }
    }
}
