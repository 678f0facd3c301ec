// borrowscope fuzz finding: missed:E0506
// found by: npm run fuzz:rustc -- --seed 100 --count 35 (program 34, generator seed 2098970973)
// shrunk from 21 to 6 statements in 56 tests
// rustc 1.95:  E0506@28, E0505@28
// borrowscope: E0597@26, E0505@28
// unsupported: none
//
#[derive(Debug, Clone)]
struct Pair {
    name: String,
    n: i32,
}

#[derive(Debug, Clone, Copy)]
struct Pt {
    x: i32,
    y: i32,
}

fn read_p(x: &Pair) -> i32 {
    x.n
}

fn main() {
    let mut a0: Pair = Pair { name: String::from("a"), n: 7 };
    let a1: &Pair = &a0;
    let mut a2: Pt = Pt { x: read_p(a1), y: 0 };
    a0 = Pair { name: a0.name, n: a2.x };
    read_p(a1);
}
