// borrowscope fuzz finding: line:E0382
// found by: npm run fuzz:rustc -- --seed 20261129 --start 3704 --count 1 (generator seed 671075783)
// shrunk from 20 to 5 statements in 56 tests
// rustc 1.95:  E0382@12
// borrowscope: E0382@13
// unsupported: none
//
fn main() {
    let mut c1: Box<dyn Fn()> = Box::new(|| {
    });
    loop {
        drop(c1);
        c1();
    }
}
