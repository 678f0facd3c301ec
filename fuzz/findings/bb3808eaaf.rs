// borrowscope fuzz finding: missed:E0501
// found by: npm run fuzz:rustc -- --seed 20261127 --start 14 --count 1 (generator seed 929818937)
// shrunk from 23 to 6 statements in 56 tests
// rustc 1.95:  E0594@19, E0501@22
// borrowscope: E0594@19
// unsupported: none
//
fn make_s() -> String {
    String::from("made")
}

fn read_o(x: &Option<String>) -> i32 {
    if x.is_some() { 1 } else { 0 }
}

fn main() {
    let a0: &Option<String> = &Some(make_s());
    let mut c2: Box<dyn FnMut()> = Box::new(|| {
        a0 = a0;
    });
    let mut a3: i32;
    a3 = read_o(a0);
}
