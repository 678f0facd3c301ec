//@ crate-type: lib

pub struct Span {
    pub lo: usize,
    pub hi: usize,
}

pub fn width(wide: bool) -> usize {
    let s: Span;
    if wide {
        s = Span { lo: 0, hi: 80 };
    }
    s.hi - s.lo
    //~^ ERROR E0381
}
