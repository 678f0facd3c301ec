// borrowscope fuzz finding: line:E0382
// found by: npm run fuzz:rustc -- --seed 20261127 --start 341 --count 1 (generator seed 3207382128)
// shrunk from 16 to 6 statements in 27 tests
// rustc 1.95:  E0382@13
// borrowscope: E0382@12
// unsupported: none
//
fn main() {
    let mut a0: &mut String = &mut String::from("bc");
    let mut c1 = || {
        drop(a0);
        (*a0).push('z');
        a0 = &mut *a0;
    };
}
