struct Range {
    lo: i32,
    hi: i32,
}

fn widen(r: &mut Range, by: i32) {
    let lo = &mut r.lo;
    let hi = &mut r.hi;
    *lo -= by;
    *hi += by;
}

fn main() {
    let mut r = Range { lo: 0, hi: 10 };
    widen(&mut r, 2);
    println!("{} {}", r.lo, r.hi);
}
