// borrowscope fuzz finding: line:E0381
// found by: npm run fuzz:rustc -- --seed 100 --count 28 (program 27, generator seed 1471520299)
// shrunk from 23 to 6 statements in 45 tests
// rustc 1.95:  E0381@23
// borrowscope: E0381@21
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
    let a0: i32;
    let mut i1: i32 = 0;
    while i1 < 2 {
        read_i(&a0);
    }
    read_i(pick_i(&a0, pick_i(&a0, &a0)));
}
