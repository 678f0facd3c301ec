// `struct Keep<T: 'static>`: a signature naming `Keep<&'a T>` implies `'a: 'static` inside the
// function, and every caller must then pass a reference that lives that long.
use std::any::Any;
struct Keep<T: 'static>(T);
fn wrap<'a, T>(x: &'a T) -> (Keep<&'a T>, Box<dyn Any + 'static>) {
    let k = Keep(x);
    let b = Box::new(5u8) as Box<dyn Any + 'static>;
    let _keep_alive: &'static T = k.0;
    (k, b)
}
fn main() {
    static N: u32 = 3;
    let _ = wrap(&N);
    let _ = wrap(&String::from("short")); //~ ERROR E0716
}
