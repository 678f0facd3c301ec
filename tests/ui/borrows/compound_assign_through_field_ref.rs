// `*h.count += 1` while `h` is mutably borrowed: the read (E0503) and the write (E0506) are both
// reported, since the place goes through a field whose type holds a lifetime.

struct Handle<'a> {
    count: &'a mut i32,
}

fn bump_while_borrowed(h: &mut Handle<'_>) {
    let other = &mut *h;
    *h.count += 1;
    //~^ ERROR E0503
    //~| ERROR E0506
    *other.count += 1;
}

fn bump_plain_while_borrowed(mut n: i32) {
    let r = &mut n;
    n += 1; //~ ERROR E0503
    *r += 1;
    println!("{}", n);
}

fn main() {
    let mut c = 0;
    let mut h = Handle { count: &mut c };
    bump_while_borrowed(&mut h);
    bump_plain_while_borrowed(1);
}
