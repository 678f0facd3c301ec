// borrowscope fuzz finding: invented:E0506
// found by: npm run fuzz:rustc -- --seed 20261129 --start 9635 --count 1 (generator seed 4202975622)
// shrunk from 25 to 7 statements in 47 tests
// rustc 1.95:  E0506@35
// borrowscope: E0506@35, E0506@35
// unsupported: none
//
#[derive(Debug, Clone)]
struct Pair {
    name: String,
    n: i32,
}

fn run_once<F: FnOnce()>(f: F) {
    f();
}

fn make_s() -> String {
    String::from("made")
}

fn take_s(x: String) -> i32 {
    x.len() as i32
}

fn read_p(x: &Pair) -> i32 {
    x.n
}

fn main() {
    let mut a3: String = String::from("a");
    let mut a4: Pair = Pair { name: a3.clone(), n: take_s(String::from("xy")) };
    run_once(|| {
        let mut a6: &Pair = &a4;
        a4 = Pair { name: make_s(), n: (a3.len() as i32) };
        read_p(&*a6);
    });
}
