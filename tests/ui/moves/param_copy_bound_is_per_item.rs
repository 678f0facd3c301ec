// A `T: Copy` bound on one item says nothing about another item's `T`: each body's own
// where-clauses decide whether its type parameters are Copy.
struct Wrap<T>(T);
impl<T: Copy> Clone for Wrap<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Copy> Copy for Wrap<T> {}

fn copied_twice<T: Copy>(t: T) -> (T, T) {
    (t, t)
}

fn moved_twice<T>(t: T) -> (T, T) {
    (t, t) //~ ERROR E0382
}

fn wrapped_twice<U>(w: Wrap<U>) -> [Wrap<U>; 2] {
    [w, w] //~ ERROR E0382
}

trait Small: Copy {}
fn through_supertrait<V: Small>(v: V) -> (V, V) {
    (v, v)
}

fn main() {
    let _ = copied_twice(1u8);
}
