// A type alias that names itself is a cycle (E0391), not an endless expansion.
type B<T> = crate::B<T>; //~ ERROR E0391
fn main() { let x: B<u8>; }
