// borrowscope fuzz finding: invented:E0503
// found by: npm run fuzz:rustc -- --seed 20261127 --start 5746 --count 1 (generator seed 213236694)
// shrunk from 21 to 7 statements in 54 tests
// rustc 1.95:  E0596@24
// borrowscope: E0596@25, E0503@28
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

fn read_p(x: &Pair) -> i32 {
    x.n
}

fn main() {
    let mut a0: &Pair = &(Pair { name: make_s(), n: 1 });
    let mut c1 = || {
        let mut a3: &mut Pair = &mut *a0;
        read_p(a0);
    };
    drop(a0);
    c1();
}
