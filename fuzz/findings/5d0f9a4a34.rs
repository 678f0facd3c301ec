// borrowscope fuzz finding: missed:E0501
// found by: npm run fuzz:rustc -- --seed 2026 --start 234 --count 1 (generator seed 3365953413)
// shrunk from 25 to 6 statements in 44 tests
// rustc 1.95:  E0501@13
// borrowscope: E0596@10, E0502@13
// unsupported: none
//
fn main() {
    let a0: &mut String = &mut String::from("bc");
    let mut c2 = || {
        let a3: &mut String = a0;
    };
    let a4: &mut i32 = &mut (if (*a0).len() > 2 { 4 } else { 6 });
    c2();
}
