// borrowscope fuzz finding: invented:E0382
// found by: npm run fuzz:rustc -- --seed 2026 --start 44 --count 1 (generator seed 194897340)
// shrunk from 28 to 6 statements in 62 tests
// rustc 1.95:  E0382@40
// borrowscope: E0382@40, E0382@40
// unsupported: none
//
#[derive(Debug, Clone)]
struct Pair {
    name: String,
    n: i32,
}

#[derive(Debug, Clone, Copy)]
struct Pt {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Guard {
    s: String,
}

impl Drop for Guard {
    fn drop(&mut self) {}
}

fn read_t(x: &Pt) -> i32 {
    x.x
}

fn f0<'a>(x: &'a i32, y: &Guard, z: Guard) -> &'a i32 {
    x
}

fn main() {
    let a2: Pair = Pair { name: String::from("a"), n: read_t(&(Pt { x: 2, y: 6 })) };
    let a4: Pair = a2;
    let a7: &i32 = f0(&a2.n, &(Guard { s: String::from("a") }), Guard { s: a2.name.clone() });
}
