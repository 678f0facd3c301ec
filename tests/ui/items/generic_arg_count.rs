use std::collections::HashMap;

struct Pair<T, U = T> {
    a: T,
    b: U,
}

impl<T: Default, U: Default> Pair<T, U> {
    fn new() -> Self {
        Pair { a: T::default(), b: U::default() }
    }
}

struct View<'a> {
    s: &'a str,
}

trait Convert<T> {
    fn convert(&self) -> T;
}

fn one(p: Pair<u8>) -> u8 {
    p.a + p.b
}

fn three(_p: Pair<u8, u8, u8>) {} //~ ERROR E0107

fn bare(_p: Pair) {} //~ ERROR E0107

fn lifetimes(v: View<'static, 'static>) -> &'static str { //~ ERROR E0107
    v.s
}

fn by_trait(c: &dyn Convert) {} //~ ERROR E0107

fn bound(_v: View<Item = u8>) {} //~ ERROR E0229

fn main() {
    let p = Pair::new();
    let q: Pair<u8, u16> = Pair::new();
    let m: HashMap<u8, Pair<u8>> = HashMap::new();
    let _ = one(p) as u16 + q.b;
    let _ = m.len();
}
