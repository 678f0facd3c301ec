// borrowscope fuzz finding: line:E0382
// found by: npm run fuzz:rustc -- --seed 2026 --start 96 --count 1 (generator seed 573879569)
// shrunk from 20 to 7 statements in 49 tests
// rustc 1.95:  E0382@19
// borrowscope: E0382@16
// unsupported: none
//
fn read_s(x: &String) -> i32 {
    x.len() as i32
}

fn main() {
    let a0: &mut String = &mut "bc".to_string();
    let a2 = a0;
    for k7 in vec![4, 8] {
        let mut a8: String = (*a2).clone();
        let a9 = a2;
    }
    read_s(a2);
}
