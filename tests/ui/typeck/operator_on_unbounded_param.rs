// An operator on an unbounded type parameter is E0369; like every type error it stops the body
// before borrow checking, so the use after move below is not reported.
fn sum<T>(a: T, b: T) -> T {
    let v = vec![1];
    let w = v;
    println!("{:?} {:?}", v, w);
    a + b //~ ERROR E0369
}

fn same<T>(a: T, b: T) -> bool {
    let s = String::from("x");
    let t = s;
    println!("{} {}", s, t);
    a == b //~ ERROR E0369
}

fn less<T>(a: T, b: T) -> bool {
    a < b //~ ERROR E0369
}

fn bounded<T: PartialOrd + Copy + std::ops::Add<Output = T>>(a: T, b: T) -> T {
    if a < b { a + b } else { b }
}

fn main() {
    let _ = bounded(1, 2);
}
