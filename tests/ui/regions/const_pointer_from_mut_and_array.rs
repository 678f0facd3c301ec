// `*mut T` coerces to `*const T`, and `&[T; N] as *const T` points at the first element; the
// pointee's lifetimes still flow into the result.
fn weaken<'s, 'l>(p: *mut &'s str) -> *const &'l str {
    p //~ ERROR lifetime may not live long enough
}

fn first<'s, 'l>(x: &'s str) -> *const &'l str {
    let arr = &[x, x];
    let p = arr as *const &str;
    p //~ ERROR lifetime may not live long enough
}

fn weaken_ok<'l>(p: *mut &'l str) -> *const &'l str {
    p
}

fn first_ok(x: &'static str) -> *const &'static str {
    let arr = &[x, x];
    arr as *const &str
}

fn main() {
    let mut s = "s";
    let _ = weaken(&mut s);
    let _ = first(s);
    let _ = weaken_ok(&mut s);
    let _ = first_ok("t");
}
