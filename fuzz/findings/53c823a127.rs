// borrowscope fuzz finding: line:E0503
// found by: npm run fuzz:rustc -- --seed 20261127 --start 5537 --count 1 (generator seed 3254585498)
// shrunk from 26 to 5 statements in 41 tests
// rustc 1.95:  E0503@18
// borrowscope: E0503@17
// unsupported: none
//
#[derive(Debug, Clone)]
struct Pair {
    name: String,
    n: i32,
}

fn main() {
    let mut a2: Pair = Pair { name: "xy".to_string(), n: 2 };
    let mut a3: &mut i32 = &mut a2.n;
    let mut c4 = move || {
        *a3 = a2.n;
    };
}
