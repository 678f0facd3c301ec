//@ crate-type: lib
// A struct holding `fn(&'a u8)` is contravariant in 'a: it may only lengthen it.
pub struct Sink<'a> {
    pub feed: fn(&'a u8),
}

pub fn shorten<'short, 'long: 'short>(s: Sink<'long>, _x: &'short u8) {
    let _: Sink<'short> = s; //~ ERROR lifetime may not live long enough
}

pub fn lengthen<'short, 'long: 'short>(s: Sink<'short>, _x: &'long u8) {
    let _: Sink<'long> = s;
}
