// borrowscope fuzz finding: invented:E0382
// found by: npm run fuzz:rustc -- --seed 2026 --start 39 --count 1 (generator seed 508987218)
// shrunk from 16 to 7 statements in 44 tests
// rustc 1.95:  E0382@34
// borrowscope: E0382@34, E0382@34
// unsupported: none
//
#[derive(Debug, Clone)]
struct Pair {
    name: String,
    n: i32,
}

#[derive(Debug)]
struct Guard {
    s: String,
}

impl Drop for Guard {
    fn drop(&mut self) {}
}

fn take_i(x: i32) -> i32 {
    x
}

fn take_g(x: Guard) -> i32 {
    x.s.len() as i32
}

fn f0<'a>(x: &'a Vec<i32>, y: &Pair, mut z: Pair) -> &'a Vec<i32> {
    let mut a1: &mut [String; 2] = &mut ([y.name.clone(), String::new()]);
    for k2 in (*x).iter() {
        take_i((take_g(Guard { s: a1[1].clone() })) + z.n);
        let a3 = a1;
    }
    x
}

fn main() {
}
