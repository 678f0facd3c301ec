// borrowscope fuzz finding: invented:E0596
// found by: npm run fuzz:rustc -- --seed 20261127 --start 3688 --count 1 (generator seed 4258659126)
// shrunk from 36 to 10 statements in 95 tests
// rustc 1.95:  E0596@32
// borrowscope: E0596@33, E0596@32
// unsupported: none
//
#[derive(Debug, Clone)]
struct Pair {
    name: String,
    n: i32,
}

fn make_s() -> String {
    String::from("made")
}

fn read_p(x: &Pair) -> i32 {
    x.n
}

fn f0<'a>(x: &'a Pair, y: &String, mut z: i32) -> &'a Pair {
    x
}

fn main() {
    let mut a2: &Pair = &(Pair { name: make_s(), n: 1 });
    let mut a3: &Pair = f0(a2, &a2.name, 0);
    let mut a4: Box<i32> = Box::new(read_p(a2));
    let a6: &String = &a3.name;
    let a7: &Pair = f0(a2, a6, *a4);
    let mut c10: Box<dyn Fn()> = Box::new(|| {
        (*a6).push_str(a7.name.as_str());
    });
}
