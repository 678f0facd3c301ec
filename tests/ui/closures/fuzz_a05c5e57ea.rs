// A fuzz finding (a05c5e57ea.rs), fixed: E0596@32 as rustc.
// found by: npm run fuzz:rustc -- --seed 20261127 --start 3688 --count 1 (generator seed 4258659126)
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
    let mut c10: Box<dyn Fn()> = Box::new(|| { //~ ERROR E0596
        (*a6).push_str(a7.name.as_str());
    });
}
