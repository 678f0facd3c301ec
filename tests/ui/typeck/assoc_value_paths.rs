// Items reached through an associated type of `Self` or of a type parameter, and primitives' constants in patterns.
trait Grid { type Row: Dim; }
trait Dim { const DIM: usize; fn make(n: usize) -> Self; }
struct Three;
impl Dim for Three { const DIM: usize = 3; fn make(_: usize) -> Self { Three } }
struct G;
impl Grid for G { type Row = Three; }
fn width<M: Grid>() -> usize { M::Row::DIM }
fn build<M: Grid>() -> M::Row { M::Row::make(1) }
trait Holder { type Item: From<u8>; fn item() -> Self::Item { Self::Item::from(10) } }
fn edge(n: usize) -> bool { matches!(n, usize::MIN | usize::MAX) }
fn main() {
    let _ = width::<G>() + build::<G>();  //~ ERROR E0277
    let _ = edge(3);
}
