// borrowscope fuzz finding: line:E0596
// found by: npm run fuzz:rustc -- --seed 20261127 --start 1748 --count 1 (generator seed 2547277054)
// shrunk from 11 to 5 statements in 29 tests
// rustc 1.95:  E0596@18
// borrowscope: E0596@20
// unsupported: none
//
fn read_s(x: &String) -> i32 {
    x.len() as i32
}

fn write_s(x: &mut String) {
    x.push('w');
}

fn main() {
    let mut a0: &String = &String::from("def");
    let mut c1 = || {
        read_s(a0);
        write_s(&mut *a0);
    };
}
