// borrowscope fuzz finding: invented:E0515
// found by: npm run fuzz:rustc -- --seed 2026 --start 344 --count 1 (generator seed 3230129964)
// shrunk from 29 to 3 statements in 25 tests
// rustc 1.95:  E0596@9
// borrowscope: E0596@9, E0515@9
// unsupported: none
//
fn f0<'a>(x: &'a mut String, y: &Box<i32>, z: String) -> &'a mut String {
    &mut z
}

fn main() {
}
