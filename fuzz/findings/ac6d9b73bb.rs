// borrowscope fuzz finding: invented:E0596
// found by: npm run fuzz:rustc -- --seed 2026 --start 182 --count 1 (generator seed 958849867)
// shrunk from 26 to 5 statements in 20 tests
// rustc 1.95:  E0382@29
// borrowscope: E0382@29, E0596@29
// unsupported: none
//
#[derive(Debug)]
struct Guard {
    s: String,
}

impl Drop for Guard {
    fn drop(&mut self) {}
}

fn write_s(x: &mut String) {
    x.push('w');
}

fn read_g(x: &Guard) -> i32 {
    x.s.len() as i32
}

fn main() {
    let mut a3: String = String::from("bc");
    let mut c4 = move || {
        read_g(&(Guard { s: a3 }));
        write_s(&mut a3);
    };
}
