// borrowscope fuzz finding: line:E0382
// found by: npm run fuzz:rustc -- --seed 2026 --start 22 --count 1 (generator seed 1868009819)
// shrunk from 11 to 6 statements in 26 tests
// rustc 1.95:  E0382@24
// borrowscope: E0382@22
// unsupported: none
//
#[derive(Debug, Clone)]
struct Pair {
    name: String,
    n: i32,
}

fn make_s() -> String {
    String::from("made")
}

fn main() {
    let mut a0: Pair = Pair { name: make_s(), n: 7 + 5 };
    let mut i1: i32 = 0;
    while i1 < 1 {
        drop(a0);
    }
    a0.name = String::from("a");
}
