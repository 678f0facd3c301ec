// Bounds that hold once inference has picked the types: a literal takes the only integer type
// that implements the trait, closures, fn items, boxed and borrowed closures meet Fn bounds, and
// integers sort.
trait Shape {}
impl Shape for u8 {}

fn area<S: Shape>(_s: S) {}

fn run<F: FnOnce() -> i32>(f: F) -> i32 {
    f()
}

fn seven() -> i32 {
    7
}

fn main() {
    area(7);
    let c = || 3;
    let b: Box<dyn Fn() -> i32> = Box::new(|| 1);
    let total = run(c) + run(seven) + run(b) + run(&|| 2);
    let mut v = vec![3, 1, total];
    v.sort();
    let x = 1.5;
    println!("{} {:?} {:?}", x, v, (1, 2.0));
    let first: Option<u32> = None;
    println!("{:?}", first.or_else(|| Some(3)));
    for i in 0..v.len() {
        println!("{i}");
    }
}
