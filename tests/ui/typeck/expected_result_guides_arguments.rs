// A call's expected result type fixes its generic inputs before the arguments are checked, so
// `&array` coerces to the slice the expected `Option<&[T]>` or enum field asks for; a where
// clause names `P::Out` through the bound before it; `self: Pin<&Self>` lends its lifetime to
// the elided output; a type's only operator impl fixes the right operand's type.
use std::ops::Shl;
use std::pin::Pin;

enum Held<'a, B: ?Sized> {
    Ref(&'a B),
}

struct Wrapper<'a> {
    held: Held<'a, [u8]>,
}

trait Produce {
    type Out;
    fn make(&self) -> Self::Out;
}

impl Produce for u8 {
    type Out = u16;
    fn make(&self) -> u16 {
        u16::from(*self) * 2
    }
}

fn show<P: Produce>(p: P) -> String
where
    P::Out: std::fmt::Debug,
{
    format!("{:?}", p.make())
}

struct Node {
    value: u32,
}

impl Node {
    fn value_ref(self: Pin<&Self>) -> &u32 {
        &self.get_ref().value
    }
}

struct Bits(u32);
impl<'a> Shl<&'a u32> for Bits {
    type Output = u32;
    fn shl(self, n: &'a u32) -> u32 {
        self.0 << *n
    }
}

fn main() {
    let bytes = [1u8, 2, 3];
    let maybe: Option<&[u8]> = Some(&bytes);
    let w = Wrapper { held: Held::Ref(&bytes) };
    let Held::Ref(inner) = w.held;
    let node = Node { value: 4 };
    let v = Pin::new(&node).value_ref();
    let shifted = Bits(1) << &mut 3;
    let ufcs = Bits::shl(Bits(1), &mut 2);
    println!("{:?} {} {} {} {} {}", maybe, inner.len(), show(3u8), v, shifted, ufcs);
}
