// borrowscope fuzz finding: invented:E0499
// found by: npm run fuzz:rustc -- --seed 2026 --start 134 --count 1 (generator seed 2730614172)
// shrunk from 21 to 4 statements in 33 tests
// rustc 1.95:  accepts
// borrowscope: E0499@15
// unsupported: none
//
fn write_b(x: &mut Box<i32>) {
    **x += 1;
}

fn main() {
    let mut a1: &mut Box<i32> = &mut Box::new(5);
    a1 = a1;
    write_b(&mut *a1);
}
