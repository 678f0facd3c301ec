use std::ops::Deref;

trait Same {
    type It;
}

impl<T> Same for T {
    type It = T;
}

trait Store {
    type Key;
    fn key(&self) -> usize;
}

enum Slot<S: Store> {
    Empty,
    Full { key: S::Key, hits: usize },
}

impl Store for u8 {
    type Key = Option<char>;
    fn key(&self) -> usize {
        *self as usize
    }
}

fn first<S: Store<Key = Option<V>>, V>(slots: &[Slot<S>]) -> Option<&Option<V>> {
    for s in slots {
        if let Slot::Full { key: ref k, hits } = *s {
            println!("{}", hits);
            return Some(k);
        }
    }
    None
}

trait Wrapper {
    type Inner;
}

struct Cell2<A>(A);

impl<A> Wrapper for Cell2<A> {
    type Inner = A;
}

trait Apply: Wrapper {
    fn apply<F: Fn(<Self as Wrapper>::Inner) -> bool>(self, f: F) -> bool;
}

impl<A> Apply for Cell2<A> {
    fn apply<F: Fn(<Self as Wrapper>::Inner) -> bool>(self, f: F) -> bool {
        f(self.0)
    }
}

trait Named: Getter<<Self as Named>::Out> {
    type Out;
}

trait Getter<T> {
    fn get(&self) -> T;
}

impl Named for i32 {
    type Out = u32;
}

impl Getter<u32> for i32 {
    fn get(&self) -> u32 {
        *self as u32
    }
}

fn via<T: Named<Out = u32>>(t: &T) -> u32 {
    t.get()
}

fn main() {
    let a: <u32 as Same>::It = 5;
    let b: <&i32 as Deref>::Target = 7;
    let slots: Vec<Slot<u8>> = vec![Slot::Empty, Slot::Full { key: Some('x'), hits: 0 }];
    let f: fn(&u8) -> usize = <u8 as Store>::key;
    println!("{} {} {:?} {} {} {}", a, b, first(&slots), f(&3), Cell2(2).apply(|x| x > 1), via(&4));
}
