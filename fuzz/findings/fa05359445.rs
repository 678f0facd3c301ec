// borrowscope fuzz finding: invented:E0502
// found by: npm run fuzz:rustc -- --seed 20261127 --start 2493 --count 1 (generator seed 466444315)
// shrunk from 25 to 9 statements in 60 tests
// rustc 1.95:  E0509@34
// borrowscope: E0509@34, E0502@36
// unsupported: none
//
#[derive(Debug)]
struct Guard {
    s: String,
}

impl Drop for Guard {
    fn drop(&mut self) {}
}

fn make_s() -> String {
    String::from("made")
}

fn read_g(x: &Guard) -> i32 {
    x.s.len() as i32
}

fn f0<'a>(x: &'a mut i32, y: &Option<String>, z: Option<String>) -> &'a mut i32 {
    x
}

fn main() {
    let a0: &mut i32 = &mut (read_g(&(Guard { s: make_s() })));
    let mut a2: Guard = Guard { s: String::from("xy") };
    let a3: &mut i32 = f0(&mut *a0, &Some(String::from("a")), Some(String::from("xy")));
    let mut c4 = || {
        let a5: &mut i32 = f0(&mut *a3, &Some(a2.s), None);
    };
    println!("{:?}", a0);
}
