// borrowscope fuzz finding: line:E0381
// found by: npm run fuzz:rustc -- --seed 2026 --count 157 (program 156, generator seed 1458719189)
// shrunk from 30 to 7 statements in 100 tests
// rustc 1.95:  E0381@29
// borrowscope: E0381@26
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

fn read_t(x: &Pt) -> i32 {
    x.x
}

fn main() {
    let mut a2: &mut i32;
    let mut a3: Pt = Pt { x: 1, y: 6 };
    if 8 > 6 {
        read_i(a2);
    } else {
        read_t(&a3);
        *a2 = a3.y + a3.y;
    }
}
