// borrowscope fuzz finding: line:E0507
// found by: npm run fuzz:rustc -- --seed 20261129 --start 1643 --count 1 (generator seed 2938675633)
// shrunk from 31 to 4 statements in 37 tests
// rustc 1.95:  E0507@14, E0507@15
// borrowscope: E0507@14, E0507@14
// unsupported: none
//
fn make_s() -> String {
    String::from("made")
}

fn main() {
    let mut a3: &mut Option<String> = &mut Some(make_s());
    let Some(x4) = *a3 else { return; };
    let Some(x5) = *a3 else { return; };
}
