// `let r: &'a mut i32` ties the reborrow to the caller's lifetime for the whole body.
fn bump<'a>(a: &'a mut i32, b: &'a mut i32, first: bool) -> &'a mut i32 {
    let r: &'a mut i32 = if first { &mut *a } else { &mut *b };
    if *r == 0 {
        return r;
    }
    *a += 1; //~ ERROR E0503
    a
}

fn main() {
    let mut x = 0;
    let mut y = 1;
    *bump(&mut x, &mut y, true) += 1;
    println!("{} {}", x, y);
}
