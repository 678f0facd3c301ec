// borrowscope fuzz finding: line:E0382
// found by: npm run fuzz:rustc -- --seed 20261201 --start 604 --count 1 (generator seed 439875686)
// shrunk from 17 to 6 statements in 41 tests
// rustc 1.95:  E0382@20
// borrowscope: E0382@19
// unsupported: none
//
#[derive(Debug)]
struct Guard {
    s: String,
}

impl Drop for Guard {
    fn drop(&mut self) {}
}

fn f0<'a>(x: &'a String, y: &i32, mut z: Guard) -> &'a String {
    for k0 in vec![0, 4] {
        let mut c1: Box<dyn FnMut()> = Box::new(move || {
            let ref mut a2 = z.s;
        });
    }
    x
}

fn main() {
}
