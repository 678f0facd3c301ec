// borrowscope fuzz finding: line:E0596
// found by: npm run fuzz:rustc -- --seed 20261127 --start 768 --count 1 (generator seed 2629780755)
// shrunk from 33 to 5 statements in 38 tests
// rustc 1.95:  E0596@20
// borrowscope: E0596@22
// unsupported: none
//
#[derive(Debug, Clone)]
struct Pair {
    name: String,
    n: i32,
}

fn read_p(x: &Pair) -> i32 {
    x.n
}

fn main() {
    let a1: &Pair = &(Pair { name: String::from("def"), n: 7 });
    let mut c7 = || {
        read_p(a1);
        let a8: &mut Pair = &mut *a1;
    };
}
