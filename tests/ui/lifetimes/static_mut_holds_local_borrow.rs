// A `static mut`'s type is `'static` in every body: storing a local's address in it needs the
// local to live for `'static`, elided lifetime or not.
static mut SLOT: &u32 = &0;
static mut NAMED: Option<&'static u32> = None;

fn store() {
    let v = 5;
    unsafe {
        SLOT = &v; //~ ERROR E0597
    }
}

fn store_named() {
    let v = 6;
    unsafe {
        NAMED = Some(&v); //~ ERROR E0597
    }
}

fn main() {
    store();
    store_named();
}
