// A closure given no expected signature where it is built does not bind its parameters' lifetimes:
// it implements `Fn*` for one lifetime only, so a bound that binds one (`Fn(&u8)`) is not met.

fn call_any(f: impl Fn(&u8) -> u8) -> u8 {
    f(&1)
}

fn call_once_any<F: FnOnce(&u8)>(f: F) {
    f(&2)
}

fn call_ret<F>(f: F) -> u8
where
    F: Fn(&u8) -> &u8,
{
    *f(&3)
}

fn unannotated() {
    let f = |x| {
        let y: &u8 = x;
        *y + 1
    };
    call_any(f); //~ ERROR implementation of `Fn` is not general enough
    //~^ ERROR implementation of `FnOnce` is not general enough
}

fn unannotated_once() {
    let f = |_| ();
    call_once_any(f); //~ ERROR implementation of `FnOnce` is not general enough
}

fn output_not_bound() {
    let f = |x: &u8| -> &u8 { x }; //~ ERROR lifetime may not live long enough
    call_ret(f); //~ ERROR E0308
}

fn annotated_ok() {
    let f = |x: &u8| *x + 1;
    call_any(f);
    let g = |_: &u8| ();
    call_once_any(g);
    call_any(|x| *x);
}

fn main() {}
