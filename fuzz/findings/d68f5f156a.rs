// borrowscope fuzz finding: invented:E0506
// found by: npm run fuzz:rustc -- --seed 20261129 --start 4788 --count 1 (generator seed 1540534011)
// shrunk from 20 to 6 statements in 27 tests
// rustc 1.95:  E0506@22, E0384@23
// borrowscope: E0506@22, E0506@22, E0384@23
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
    let a0: &mut Pair = &mut (Pair { name: make_s(), n: 2 });
    let mut c1 = || {
        let a2: &mut String = &mut a0.name;
        a0.name = make_s();
        a2 = &mut *a2;
    };
}
