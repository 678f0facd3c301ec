// A fuzz finding (c9f3f1e84c.rs), fixed: E0521@11, E0381@13 as rustc.
// found by: npm run fuzz:rustc -- --seed 1002 --start 1576 --count 1 (generator seed 2553660303)
fn main() {
    let mut a0: &mut Vec<i32> = &mut Vec::new();
    let mut c1 = || {
        a0 = &mut Vec::new(); //~ ERROR E0521
        let a2: i32;
        a0[0] = a2; //~ ERROR E0381
    };
}
