fn bump(n: &mut i32) {
    *n += 1;
}

fn main() {
    let mut n = 0;
    let r = &mut n;
    bump(r);
    bump(r);
    bump(&mut *r);
    *r += 1;
    println!("{}", n);
}
