// Comparing raw or fn pointers uses the built-in operator: both operands must have a common
// supertype, so lifetimes under `*mut` (or under `&mut` in the pointee) must be equal.
fn same_slot<'x, 'y>(p: *mut &'x str, q: *mut &'y str) -> bool {
    p == q
    //~^ ERROR lifetime may not live long enough
    //~| ERROR lifetime may not live long enough
}

fn covariant_ok<'x, 'y>(p: *const &'x str, q: *const &'y str) -> bool {
    p != q
}

fn callbacks<'x>(f: fn(&'x u8) -> u8, g: fn(&u8) -> u8) -> bool {
    f == g
}

fn main() {
    let mut a = "a";
    let mut b = "b";
    println!("{}", same_slot(&mut a, &mut b));
    println!("{}", covariant_ok(&a, &b));
    fn h(x: &u8) -> u8 { *x }
    println!("{}", callbacks(h, h));
}
