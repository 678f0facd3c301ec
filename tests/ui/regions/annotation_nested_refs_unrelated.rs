//@ crate-type: lib
// `&'outer &'inner T` is only well-formed when 'inner: 'outer.
pub fn nest<'outer, 'inner>(a: &'outer u8, b: &'inner u8) -> u8 {
    let pair: Option<&'outer &'inner u8> = None; //~ ERROR lifetime may not live long enough
    let _ = pair;
    *a + *b
}

pub fn nest_ok<'outer, 'inner: 'outer>(a: &'outer u8, b: &'inner u8) -> u8 {
    let pair: Option<&'outer &'inner u8> = None;
    let _ = pair;
    *a + *b
}
