// borrowscope fuzz finding: invented:E0503
// found by: npm run fuzz:rustc -- --seed 20261127 --start 1714 --count 1 (generator seed 1560753367)
// shrunk from 26 to 7 statements in 67 tests
// rustc 1.95:  E0521@17, E0505@16, E0503@18
// borrowscope: E0505@16, E0503@16
// unsupported: unsupported: a reference reborrowed through a closure's environment stored into @17
//
fn read_i(x: &i32) -> i32 {
    *x
}

fn main() {
    let mut a0: i32 = 8;
    let mut a1: &mut i32 = &mut a0;
    let mut a2: &mut i32 = &mut *a1;
    let c3 = move || {
        a2 = a1;
        read_i(&a0);
    };
}
