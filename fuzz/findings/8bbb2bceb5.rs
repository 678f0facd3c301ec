// borrowscope fuzz finding: missed:E0502
// found by: npm run fuzz:rustc -- --seed 2026 --start 290 --count 1 (generator seed 2022369563)
// shrunk from 29 to 8 statements in 53 tests
// rustc 1.95:  E0502@20
// borrowscope: E0282@24
// unsupported: none
//
fn read_i(x: &i32) -> i32 {
    *x
}

fn pick_i<'a>(x: &'a i32, y: &i32) -> &'a i32 {
    let _ = y;
    x
}

fn main() {
    let mut a3: Vec<i32> = vec![4, 9];
    let mut a4: &i32 = pick_i(&a3[0], &a3[0]);
    let mut c5 = || {
        read_i(a4);
        a3[0] = a3[0];
    };
    let mut c7 = || {
        if 0 > 6 {
        } else {
        }
    };
}
