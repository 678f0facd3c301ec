// borrowscope fuzz finding: missed:E0521
// found by: npm run fuzz:rustc -- --seed 20261127 --start 2295 --count 1 (generator seed 663345267)
// shrunk from 25 to 4 statements in 40 tests
// rustc 1.95:  E0521@11, E0381@10
// borrowscope: E0381@10
// unsupported: none
//
fn main() {
    let mut a1: &mut String;
    let mut c5: Box<dyn FnMut()> = Box::new(|| {
        a1 = a1;
    });
}
