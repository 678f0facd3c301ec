// borrowscope fuzz finding: missed:E0594
// found by: npm run fuzz:rustc -- --seed 2026 --start 305 --count 1 (generator seed 973760363)
// shrunk from 18 to 5 statements in 43 tests
// rustc 1.95:  E0594@16
// borrowscope: E0596@15
// unsupported: none
//
fn make_s() -> String {
    String::from("made")
}

fn main() {
    let mut a0: &String = &make_s();
    let a3: &i32 = &(0 + (((*a0).len() as i32)));
    let mut c4 = || {
        a3 = a3;
    };
}
