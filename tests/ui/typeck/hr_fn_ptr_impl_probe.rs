// Method and associated-item probing matches impls with the leak check: an impl for `fn(T)` or
// `fn(&'a u8)` is no candidate for the higher-ranked `for<'r> fn(&'r u8)`.

trait Go {
    fn go(&self) -> u8;
}
impl<T> Go for fn(T) {
    fn go(&self) -> u8 {
        3
    }
}
trait Make {
    fn make() -> u8;
}
impl<'a> Make for fn(&'a u8) {
    fn make() -> u8 {
        4
    }
}
fn method_on_higher_ranked() {
    let h: fn(&u8) = |_| ();
    h.go(); //~ ERROR E0599
}
fn assoc_on_higher_ranked() {
    let _ = <fn(&u8)>::make(); //~ ERROR E0599
}
fn fine() {
    let k: fn(u8) = |_| ();
    k.go();
    let _ = <fn(&'static u8)>::make();
}
fn main() {}
