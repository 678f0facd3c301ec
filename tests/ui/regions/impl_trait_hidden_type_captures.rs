// Edition 2021: an `impl Trait` in return position captures only the lifetimes its bounds name.
// A hidden type holding another lifetime is E0700; one holding a lifetime that must become a
// captured one needs that lifetime to outlive it.
use std::fmt::Debug;

fn elided(x: &u32) -> impl Debug {
    x //~ ERROR E0700
}

fn elided_captured(x: &u32) -> impl Debug + '_ {
    x
}

struct Buf<'a>(&'a [u8]);

impl<'a> Buf<'a> {
    fn bytes(&self) -> impl Iterator<Item = u8> {
        self.0.iter().copied() //~ ERROR E0700
    }

    fn bytes_for_a(&self) -> impl Iterator<Item = u8> + 'a {
        self.0.iter().copied()
    }

    fn bytes_for_self(&self) -> impl Iterator<Item = u8> + '_ {
        self.0.iter().copied()
    }
}

fn other<'a, 'b>(x: &'a u32, _y: &'b u32) -> impl Debug + 'b {
    x //~ ERROR lifetime may not live long enough
}

fn related<'a: 'b, 'b>(x: &'a u32, _y: &'b u32) -> impl Debug + 'b {
    x
}

fn owned(v: &[u8]) -> impl Iterator<Item = u8> {
    let copy = v.to_vec();
    copy.into_iter()
}

trait Source {
    fn items(&self) -> impl Iterator<Item = u8>;
}

impl Source for Buf<'_> {
    // In a trait's method every lifetime in scope is captured.
    fn items(&self) -> impl Iterator<Item = u8> {
        self.0.iter().copied()
    }
}

fn main() {
    let data = [1u8, 2];
    let b = Buf(&data);
    let n = 1;
    let _ = (elided(&n), elided_captured(&n), b.bytes().count(), b.bytes_for_a().count(), b.bytes_for_self().count());
    let _ = (other(&n, &n), related(&n, &n), owned(&data).count(), b.items().count());
}
