use std::marker::PhantomData;

trait Store {
    type Key;
}

struct Ids;

impl Store for Ids {
    type Key = u32;
}

struct Index<S: Store> {
    keys: Vec<S::Key>,
}

struct Tagged<'a, T> {
    marker: PhantomData<&'a T>,
}

struct Lazy<A, F: Fn() -> A> {
    make: F,
}

fn main() {
    let i: Index<Ids> = Index { keys: vec![1, 2] };
    let t: Tagged<'_, u8> = Tagged { marker: PhantomData };
    let l: Lazy<u32, _> = Lazy { make: || 5 };
    let _ = t.marker;
    println!("{} {}", i.keys.len(), (l.make)());
}
