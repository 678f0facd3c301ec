// Calling a `Box<dyn FnMut()>` is `FnMut::call_mut(&mut b, ())` on the box itself (Box's own Fn
// impls): a closure that calls it captures the box by unique borrow and is an `FnMut` closure,
// so nothing asks it to be `Fn`.
fn main() {
    let mut tick: Box<dyn FnMut()> = Box::new(|| {});
    let mut twice = || {
        tick();
        tick();
    };
    twice();
    tick();
}
