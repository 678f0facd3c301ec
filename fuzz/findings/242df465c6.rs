// borrowscope fuzz finding: invented:E0597
// found by: npm run fuzz:rustc -- --seed 100 --count 32 (program 31, generator seed 3318397145)
// shrunk from 23 to 5 statements in 57 tests
// rustc 1.95:  E0382@11
// borrowscope: E0382@11, E0597@11
// unsupported: none
//
fn main() {
    let mut a3: &mut Vec<i32> = &mut (vec![3, 8]);
    let a4 = a3;
    a3 = a3;
    *a3 = (*a4).clone();
}
