// borrowscope fuzz finding: line:E0381
// found by: npm run fuzz:rustc -- --seed 2026 --start 156 --count 1 (generator seed 1458719189)
// shrunk from 30 to 6 statements in 63 tests
// rustc 1.95:  E0381@24
// borrowscope: E0381@22
// unsupported: none
//
#[derive(Debug, Clone, Copy)]
struct Pt {
    x: i32,
    y: i32,
}

fn read_i(x: &i32) -> i32 {
    *x
}

fn main() {
    let mut a2: &mut i32;
    let mut a3: Pt = Pt { x: 1, y: 6 };
    if 8 > 6 {
        read_i(a2);
    } else {
        *a2 = a3.y + a3.y;
    }
}
