// borrowscope fuzz finding: missed:E0499
// found by: npm run fuzz:rustc -- --seed 20261130 --start 4085 --count 1 (generator seed 896408669)
// shrunk from 28 to 7 statements in 47 tests
// rustc 1.95:  E0382@23, E0499@24, E0502@24
// borrowscope: E0382@23, E0502@24
// unsupported: none
//
#[derive(Debug)]
struct Guard {
    s: String,
}

impl Drop for Guard {
    fn drop(&mut self) {}
}

fn main() {
    let mut a0: Guard = Guard { s: String::from("xy") };
    let mut c1: Box<dyn FnMut()> = Box::new(|| {
        a0 = Guard { s: a0.s.as_str().to_string() };
    });
    drop(c1);
    c1();
    a0.s.push_str(a0.s.as_str());
}
