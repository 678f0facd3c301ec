// Primitive numbers meet operator bounds through std's built-in impls (`u8: Add<Output = u8>`, `&i32: Sub<&i32>`).
use std::ops::{Add, AddAssign, Sub};
fn sum<T: Add<Output = T> + Copy>(a: T, b: T) -> T { a + b }
fn wide<T: Add<Output = u16>>(a: T, b: T) -> u16 { a + b }
fn acc<T: AddAssign + Copy>(a: &mut T, b: T) { *a += b }
fn diff<'a, T>(a: &'a T, b: &'a T) -> T where &'a T: Sub<&'a T, Output = T> { a - b }
fn twice<T>(a: &T) -> T where for<'x> &'x T: Add<&'x T, Output = T> { a + a }
struct Meter<S>(S);
trait Grow { fn grow(&self) {} }
impl<S: Add<Output = S>> Grow for Meter<S> {}
fn main() {
    sum(1u8, 2);
    sum(1.5, 2.0);
    sum(true, false); //~ ERROR E0277
    wide(1u16, 2u16);
    wide(1u8, 2u8); //~ ERROR E0271
    acc(&mut 1u64, 2);
    diff(&5i32, &3i32);
    twice(&2.5f64);
    Meter(3u32).grow();
    Meter(3).grow();
}
