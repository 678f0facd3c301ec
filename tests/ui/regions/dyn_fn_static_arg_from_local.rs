// Calling a trait object whose argument type names `'static`: the argument must live that long.
// Regions the object type leaves unnamed (`dyn Fn(&u8)`) are chosen afresh at each call.
static PRINT: &(dyn Fn(&'static u32) + Sync) = &|v| println!("{}", v);

fn call_static() {
    let local = 4;
    PRINT(&local); //~ ERROR E0597
}

fn call_annotated() {
    let f: &dyn Fn(&u32, &'static u32) = &|a, b| println!("{} {}", a, b);
    let local = 5;
    f(&local, &local); //~ ERROR E0597
}

fn main() {
    call_static();
    call_annotated();
}
