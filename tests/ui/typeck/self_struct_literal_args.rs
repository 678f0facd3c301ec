// `Self { .. }` in an impl is the impl's self type with its own (normalised) arguments.
use std::ops::Add;
struct Pair<T, U = u16> { a: T, b: U }
impl<T: Default + Add<u8, Output = T>, U: Default> Pair<T, U> {
    fn bump(&self) -> Self {
        let s = Self { a: Default::default(), b: Default::default() };
        match s { Self { a, b } => Self { a: a + 1, b } }
    }
}
trait Id { type Out; }
impl Id for i32 { type Out = u32; }
impl From<u32> for Pair<<i32 as Id>::Out, u8> {
    fn from(a: u32) -> Self { Self { a, b: 0 } }
}
impl Pair<u8> {
    fn wrong() -> Self { Self { a: 1, b: "no" } } //~ ERROR E0308
}
fn main() {}
