// borrowscope fuzz finding: invented:E0596
// found by: npm run fuzz:rustc -- --seed 20261127 --start 644 --count 1 (generator seed 213946285)
// shrunk from 27 to 4 statements in 30 tests
// rustc 1.95:  E0596@18
// borrowscope: E0596@19, E0596@18
// unsupported: none
//
fn run_fn<F: Fn()>(f: F) {
    f();
}

fn read_a(x: &[String; 2]) -> i32 {
    x[0].len() as i32
}

fn main() {
    let a0: &i32 = &(read_a(&([String::from("xy"), String::new()])));
    run_fn(|| {
        let a8: &mut i32 = &mut (*a0);
    });
}
