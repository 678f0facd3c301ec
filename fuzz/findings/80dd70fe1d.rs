// borrowscope fuzz finding: invented:E0596
// found by: npm run fuzz:rustc -- --seed 20261129 --start 3272 --count 1 (generator seed 595582983)
// shrunk from 23 to 4 statements in 39 tests
// rustc 1.95:  accepts
// borrowscope: E0596@12
// unsupported: none
//
fn main() {
    let mut c4: Box<dyn FnMut()> = Box::new(|| {
    });
    let c5 = || {
        c4();
    };
}
