// Repeating a moved value more than once copies it, so its type must be `Copy`; when only the
// `'static` instance is `Copy`, the element's lifetime must be `'static`. A single element, a
// constant or a copied place needs nothing.
#[derive(Clone)]
struct Handle<'a>(&'a u8);

impl Copy for Handle<'static> {}

fn make<'a>(r: &'a u8) -> Handle<'a> {
    Handle(r)
}

fn many<'a>(r: &'a u8) -> [Handle<'a>; 3] {
    [make(r); 3] //~ ERROR lifetime may not live long enough
}

fn one<'a>(r: &'a u8) -> [Handle<'a>; 1] {
    [make(r); 1]
}

fn from_static() -> [Handle<'static>; 4] {
    [make(&7); 4]
}

fn main() {}
