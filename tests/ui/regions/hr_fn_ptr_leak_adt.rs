// The leak check through ADT arguments, by the ADT's variance: a bound region of the target
// reaching an impl's lifetime, an early-bound one or 'static is E0308.

struct W<'a>(&'a u8);
impl<'a> W<'a> {
    fn get(&self, x: &u8) -> u8 {
        *self.0 + *x
    }
}
struct Cell2<'a>(&'a mut &'a u8);
fn pass(w: W<'_>) -> u8 { *w.0 }
fn keep<'a>(w: W<'a>) -> W<'a> { w }
fn stat(w: W<'static>) -> W<'static> { w }
fn early<'a: 'a>(w: W<'a>) -> u8 { *w.0 }
fn inv(c: Cell2<'_>) -> u8 { **c.0 }
fn main() {
    let _g: fn(&W<'_>, &u8) -> u8 = W::get; //~ ERROR E0308
}
fn ok() {
    let _a: fn(W<'_>) -> u8 = pass;
    let _b: for<'x> fn(W<'x>) -> W<'x> = keep;
    let _c: fn(W<'static>) -> W<'static> = keep;
    let _d: fn(W<'static>) -> W<'static> = stat;
    let _e: fn(Cell2<'_>) -> u8 = inv;
}
fn bad1() {
    let _f: for<'x> fn(W<'x>) -> W<'static> = keep; //~ ERROR E0308
}
fn bad2() {
    let _h: fn(W<'_>) -> u8 = early; //~ ERROR E0308
}
fn bad3() {
    let _i: for<'x> fn(W<'x>) -> W<'x> = stat; //~ ERROR E0308
}
