// borrowscope fuzz finding: missed:E0596
// found by: npm run fuzz:rustc -- --seed 20261127 --start 1633 --count 1 (generator seed 1645256800)
// shrunk from 27 to 6 statements in 36 tests
// rustc 1.95:  E0596@15
// borrowscope: E0594@16, E0594@16
// unsupported: none
//
fn read_s(x: &String) -> i32 {
    x.len() as i32
}

fn main() {
    let a0: String = String::from("xy");
    let a1: &String = &a0;
    let mut c5 = || {
        *a1 = a0.as_str().to_string();
        read_s(a1);
    };
}
