// borrowscope fuzz finding: line:E0382
// found by: npm run fuzz:rustc -- --seed 2026 --count 173 (program 172, generator seed 195770874)
// shrunk from 26 to 8 statements in 100 tests
// rustc 1.95:  E0382@23
// borrowscope: E0382@22
// unsupported: none
//
fn take_s(x: String) -> i32 {
    x.len() as i32
}

fn write_v(x: &mut Vec<i32>) {
    x.push(1);
}

fn main() {
    let mut a0: Vec<i32> = Vec::new();
    let a3: &mut Vec<i32> = &mut a0;
    let mut c6 = move || {
        for k7 in 0..3 {
            take_s(String::from("bc"));
            write_v(&mut *a3);
            let a8 = a3;
        }
    };
}
