// borrowscope fuzz finding: missed:E0507
// found by: npm run fuzz:rustc -- --seed 20261130 --start 7038 --count 1 (generator seed 2456968311)
// shrunk from 31 to 7 statements in 43 tests
// rustc 1.95:  E0507@24, E0507@24
// borrowscope: E0507@24
// unsupported: none
//
fn run_fn<F: Fn()>(f: F) {
    f();
}

fn take_b(x: Box<i32>) -> i32 {
    *x
}

fn read_o(x: &Option<String>) -> i32 {
    if x.is_some() { 1 } else { 0 }
}

fn main() {
    let mut a6: String = String::from("def");
    let a7: &mut Option<String> = &mut Some(String::from("a"));
    run_fn(move || {
        let mut c9: Box<dyn FnMut()> = Box::new(move || {
            take_b(Box::new(read_o(&*a7)));
            a6.clear();
        });
    });
}
