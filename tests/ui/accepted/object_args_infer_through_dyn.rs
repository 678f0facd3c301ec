// The trait arguments of an object type are part of the type: `Holder(&*v)` infers
// `Holder<'_, T>` from `&dyn Shape<T>`.
trait Shape<T> {
    fn get(&self) -> Option<T>;
}

struct Holder<'a, T: 'a>(&'a (dyn Shape<T> + 'a));

fn peek<'a, T>(v: &'a (dyn Shape<T> + 'a)) -> Option<T> {
    let h = Holder(&*v);
    h.0.get()
}

fn main() {
    let _ = peek::<u8>;
}
