// Assigning a reference (or a reborrow of it) to the same variable overwrites the variable: the
// new loan is based on the overwritten local and does not conflict with later uses (fuzzer).
fn bump(x: &mut i32) {
    *x += 1;
}

#[allow(dead_code)]
fn main() {
    let mut n = 1;
    let mut r: &mut i32 = &mut n;
    r = &mut *r;
    bump(&mut *r);
    r = r;
    bump(r);
    *r += 1;
    println!("{}", n);
}
