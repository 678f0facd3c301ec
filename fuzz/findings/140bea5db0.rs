// borrowscope fuzz finding: line:E0382
// found by: npm run fuzz:rustc -- --seed 100 --count 11 (program 10, generator seed 4157142512)
// shrunk from 26 to 6 statements in 86 tests
// rustc 1.95:  E0381@14, E0382@18
// borrowscope: E0381@14, E0382@16
// unsupported: none
//
fn read_o(x: &Option<String>) -> i32 {
    if x.is_some() { 1 } else { 0 }
}

fn main() {
    let mut a0: Option<String>;
    let a8: Option<String> = a0.clone();
    for k9 in 0..3 {
        drop(a8);
    }
    read_o(&a8);
}
