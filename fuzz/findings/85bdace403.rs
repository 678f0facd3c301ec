// borrowscope fuzz finding: missed:E0506
// found by: npm run fuzz:rustc -- --seed 100 --count 59 (program 58, generator seed 2928211065)
// shrunk from 26 to 6 statements in 85 tests
// rustc 1.95:  E0506@21, E0596@22
// borrowscope: E0596@18, E0597@18
// unsupported: none
//
fn make_s() -> String {
    String::from("made")
}

fn write_s(x: &mut String) {
    x.push('w');
}

fn main() {
    let mut a0: String = make_s();
    let c1 = || {
        write_s(&mut a0);
    };
    a0 = make_s();
    c1();
}
