// borrowscope fuzz finding: line:E0382
// found by: npm run fuzz:rustc -- --seed 20261202 --start 1133 --count 1 (generator seed 1363163899)
// shrunk from 38 to 6 statements in 92 tests
// rustc 1.95:  E0382@27
// borrowscope: E0382@25
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

fn main() {
    let a3: &mut Pair = &mut (Pair { name: make_s(), n: 0 });
    let a7 = a3;
    let c10 = move || {
        run_once(move || {
            let ref a12 = a3.name;
        });
    };
}
