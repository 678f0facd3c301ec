// `&mut *r` of a captured `&Pair` inside a closure that also reads `r` as `&Pair`: rustc reports
// the mutable capture of `*r` at the closure.
struct Pair {
    left: i32,
    right: i32,
}

fn sum(p: &Pair) -> i32 {
    p.left + p.right
}

fn main() {
    let p = Pair { left: 1, right: 2 };
    let r: &Pair = &p;
    let mut touch = || { //~ ERROR E0596
        sum(r);
        let m: &mut Pair = &mut *r;
        m.left = 3;
    };
    touch();
}
