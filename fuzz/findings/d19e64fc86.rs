// borrowscope fuzz finding: invented:E0515
// found by: npm run fuzz:rustc -- --seed 2026 --start 30 --count 1 (generator seed 2746686511)
// shrunk from 21 to 3 statements in 25 tests
// rustc 1.95:  E0596@9
// borrowscope: E0596@9, E0515@9
// unsupported: none
//
fn f0<'a>(x: &'a mut Vec<i32>, y: &[String; 2], z: Vec<i32>) -> &'a mut Vec<i32> {
    &mut z
}

fn main() {
}
