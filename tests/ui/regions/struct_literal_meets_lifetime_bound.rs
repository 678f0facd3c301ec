// Building a struct proves its declared lifetime bounds: `Span<'long, 'short>` needs
// 'long: 'short, which invariant cells pin to the caller's lifetimes.
use std::cell::Cell;

struct Span<'long: 'short, 'short> {
    outer: Cell<&'long str>,
    inner: Cell<&'short str>,
}

fn build<'p, 'q>(outer: Cell<&'p str>, inner: Cell<&'q str>) -> usize {
    let s = Span { outer, inner }; //~ ERROR lifetime may not live long enough
    s.outer.get().len() + s.inner.get().len()
}

fn build_ok<'p: 'q, 'q>(outer: Cell<&'p str>, inner: Cell<&'q str>) -> usize {
    let s = Span { outer, inner };
    s.outer.get().len() + s.inner.get().len()
}

fn main() {
    println!("{}", build(Cell::new("a"), Cell::new("b")));
    println!("{}", build_ok(Cell::new("a"), Cell::new("b")));
}
