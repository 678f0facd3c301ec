// borrowscope fuzz finding: line:E0382
// found by: npm run fuzz:rustc -- --seed 2026 --start 172 --count 1 (generator seed 195770874)
// shrunk from 26 to 7 statements in 77 tests
// rustc 1.95:  E0382@18
// borrowscope: E0382@17
// unsupported: none
//
fn write_v(x: &mut Vec<i32>) {
    x.push(1);
}

fn main() {
    let mut a0: Vec<i32> = Vec::new();
    let a3: &mut Vec<i32> = &mut a0;
    let mut c6 = move || {
        for k7 in 0..3 {
            write_v(&mut *a3);
            let a8 = a3;
        }
    };
}
