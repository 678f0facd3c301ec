// borrowscope fuzz finding: missed:E0501
// found by: npm run fuzz:rustc -- --seed 20261127 --start 1781 --count 1 (generator seed 877941142)
// shrunk from 31 to 5 statements in 33 tests
// rustc 1.95:  E0594@20, E0501@22
// borrowscope: E0594@20
// unsupported: none
//
fn read_s(x: &String) -> i32 {
    x.len() as i32
}

fn pick_s<'a>(x: &'a String, y: &String) -> &'a String {
    let _ = y;
    x
}

fn main() {
    let a0: &String = &"bc".to_string();
    let mut c1: Box<dyn FnMut()> = Box::new(|| {
        a0 = pick_s(pick_s(&*a0, a0), a0);
    });
    let mut a3: &mut i32 = &mut read_s(a0);
}
