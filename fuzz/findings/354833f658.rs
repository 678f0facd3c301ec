// borrowscope fuzz finding: missed:E0507
// found by: npm run fuzz:rustc -- --seed 20261127 --start 3731 --count 1 (generator seed 3082104884)
// shrunk from 19 to 4 statements in 45 tests
// rustc 1.95:  E0507@10, E0507@12
// borrowscope: E0507@10
// unsupported: none
//
fn main() {
    let a0: &mut Option<String> = &mut Some(String::from("def"));
    match *a0 {
        Some(x3) => {
            let mut a4: Option<String> = *a0;
        }
        None => {
        }
    }
}
