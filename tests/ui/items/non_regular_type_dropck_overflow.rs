// Drop-checking a value of a non-regular recursive type (each level owns the next at a bigger
// type) never ends: rustc gives up at the recursion limit. A regular recursive type, and a
// non-regular one that only points to the next level, are fine.
use std::marker::PhantomData;

struct Pair<T> {
    left: T,
    right: T,
}

enum Nested<T> {
    Leaf(T),
    Deeper(Box<Nested<Pair<T>>>),
}

enum List<T> {
    Nil,
    Cons(T, Box<List<T>>),
}

struct Pointing<T: 'static> {
    next: Option<&'static Pointing<Pair<T>>>,
    here: PhantomData<T>,
}

fn main() {
    let nested = Nested::Leaf(1u8); //~ ERROR E0320
    let list = List::Cons(1u8, Box::new(List::Nil));
    let pointing: Pointing<u8> = Pointing { next: None, here: PhantomData };
    let _ = (&nested, &list, &pointing);
}
