// borrowscope fuzz finding: invented:E0382
// found by: npm run fuzz:rustc -- --seed 100 --count 50 (program 49, generator seed 2566351104)
// shrunk from 23 to 5 statements in 84 tests
// rustc 1.95:  E0382@24
// borrowscope: E0382@23, E0382@24
// unsupported: none
//
fn make_s() -> String {
    String::from("made")
}

fn take_s(x: String) -> i32 {
    x.len() as i32
}

fn read_b(x: &Box<i32>) -> i32 {
    **x
}

fn main() {
    let mut a1: Box<i32> = Box::new(take_s(make_s()));
    let a3: Box<i32> = a1;
    read_b(&a1);
    *a1 += 6;
}
