// borrowscope fuzz finding: missed:E0521
// found by: npm run fuzz:rustc -- --seed 2026 --start 80 --count 1 (generator seed 1354688467)
// shrunk from 23 to 4 statements in 44 tests
// rustc 1.95:  E0521@17
// borrowscope: accepts
// unsupported: none
//
#[derive(Debug, Clone, Copy)]
struct Pt {
    x: i32,
    y: i32,
}

fn main() {
    let mut a1: &mut Pt = &mut (Pt { x: 1, y: 1 });
    let mut c3 = || {
        a1 = &mut *a1;
    };
}
