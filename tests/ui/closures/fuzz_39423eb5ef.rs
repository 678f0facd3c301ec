// A fuzz finding (39423eb5ef.rs), fixed: E0596@18 as rustc.
// found by: npm run fuzz:rustc -- --seed 20261127 --start 644 --count 1 (generator seed 213946285)
fn run_fn<F: Fn()>(f: F) {
    f();
}

fn read_a(x: &[String; 2]) -> i32 {
    x[0].len() as i32
}

fn main() {
    let a0: &i32 = &(read_a(&([String::from("xy"), String::new()])));
    run_fn(|| { //~ ERROR E0596
        let a8: &mut i32 = &mut (*a0);
    });
}
