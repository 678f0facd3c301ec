// borrowscope fuzz finding: invented:E0382
// found by: npm run fuzz:rustc -- --seed 2026 --start 43 --count 1 (generator seed 3538421276)
// shrunk from 21 to 5 statements in 52 tests
// rustc 1.95:  E0382@16
// borrowscope: E0382@15, E0382@16
// unsupported: none
//
fn read_b(x: &Box<i32>) -> i32 {
    **x
}

fn main() {
    let mut a0: Box<i32> = Box::new(7);
    drop(a0);
    read_b(&a0);
    *a0 = *a0;
}
