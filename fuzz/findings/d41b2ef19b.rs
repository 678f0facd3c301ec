// borrowscope fuzz finding: missed:E0381
// found by: npm run fuzz:rustc -- --seed 2026 --start 328 --count 1 (generator seed 2955455165)
// shrunk from 34 to 9 statements in 72 tests
// rustc 1.95:  E0381@15
// borrowscope: E0282@17
// unsupported: none
//
fn f0<'a>(x: &'a i32, y: &String, mut z: [String; 2]) -> &'a i32 {
    x
}

fn main() {
    let mut a2: &String;
    let a3: &mut Vec<i32> = &mut (vec![9, 9]);
    let a5: &i32 = f0(&a3[0], &*a2, [(*a2).clone(), String::new()]);
    let mut a6: Vec<i32> = Vec::new();
    let mut c7 = || {
        if a6[0] > 0 {
        } else {
        }
    };
}
