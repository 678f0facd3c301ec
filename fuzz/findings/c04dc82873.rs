// borrowscope fuzz finding: missed:E0507
// found by: npm run fuzz:rustc -- --seed 20261129 --start 1197 --count 1 (generator seed 1657449664)
// shrunk from 29 to 4 statements in 34 tests
// rustc 1.95:  E0507@10, E0507@16
// borrowscope: E0507@10
// unsupported: none
//
fn main() {
    let mut a3: &mut Option<String> = &mut None;
    match *a3 {
        Some(x4) if x4.len() > 1 => {
        }
        _ => {
        }
    }
    let Some(x6) = *a3 else { return; };
}
