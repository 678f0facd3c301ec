// borrowscope fuzz finding: line:E0381
// found by: npm run fuzz:rustc -- --seed 20261127 --start 2451 --count 1 (generator seed 482970802)
// shrunk from 18 to 4 statements in 19 tests
// rustc 1.95:  E0507@17, E0381@17
// borrowscope: E0507@17, E0381@16
// unsupported: none
//
#[derive(Debug, Clone)]
struct Pair {
    name: String,
    n: i32,
}

fn main() {
    let mut a4: &Pair;
    let c5 = || {
        let mut a7: String = a4.name;
    };
}
