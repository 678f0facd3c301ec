// A bound that names an associated type (`Shape<Unit = f64>`) needs the impl's type to match: E0271.
trait Shape { type Unit; fn area(&self) -> Self::Unit; }
struct Square;
impl Shape for Square { type Unit = f32; fn area(&self) -> f32 { 1.0 } }
struct Disc;
impl Shape for Disc { type Unit = f64; fn area(&self) -> f64 { 3.14 } }
fn total<S: Shape<Unit = f64>>(s: S) -> f64 { s.area() }
fn bytes<I: Iterator<Item = u8>>(i: I) -> usize { i.count() }
fn main() {
    total(Square); //~ ERROR E0271
    total(Disc);
    bytes(vec![1i32, 2].into_iter()); //~ ERROR E0271
    bytes(vec![1u8, 2].into_iter());
}
