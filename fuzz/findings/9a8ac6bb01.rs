// borrowscope fuzz finding: invented:E0502
// found by: npm run fuzz:rustc -- --seed 20261127 --start 1355 --count 1 (generator seed 3218196355)
// shrunk from 22 to 6 statements in 29 tests
// rustc 1.95:  E0596@24
// borrowscope: E0596@24, E0502@24
// unsupported: none
//
#[derive(Debug, Clone, Copy)]
struct Pt {
    x: i32,
    y: i32,
}

fn read_t(x: &Pt) -> i32 {
    x.x
}

fn main() {
    let a0: &mut i32 = &mut 7;
    let a1: &Pt = &(Pt { x: *a0, y: 0 });
    let c2: Box<dyn FnMut()> = Box::new(|| {
        read_t(a1);
    });
    let a5: &mut Pt = &mut (*a1);
}
