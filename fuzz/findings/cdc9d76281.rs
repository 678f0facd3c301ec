// borrowscope fuzz finding: line:E0381
// found by: npm run fuzz:rustc -- --seed 2026 --start 76 --count 1 (generator seed 425692809)
// shrunk from 21 to 6 statements in 30 tests
// rustc 1.95:  E0381@18
// borrowscope: E0381@16
// unsupported: none
//
fn read_a(x: &[String; 2]) -> i32 {
    x[0].len() as i32
}

fn main() {
    let mut a0: Vec<i32> = vec![6, 2];
    let mut a2: [String; 2];
    for k3 in a0.iter() {
        read_a(&a2);
    }
    a2 = a2;
}
