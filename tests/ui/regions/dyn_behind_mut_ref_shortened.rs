//@ crate-type: lib
pub trait Shape {
    fn area(&self) -> u32;
}

// `&'a mut dyn Shape` is `&'a mut (dyn Shape + 'a)`; coercing it may shorten both lifetimes.
pub fn narrow<'a: 'b, 'b>(s: &'a mut dyn Shape) -> &'b mut dyn Shape {
    s
}

pub fn widen<'a, 'b>(s: &'a mut dyn Shape) -> &'b mut dyn Shape {
    s //~ ERROR lifetime may not live long enough
}

pub fn keep<'a>(s: &'a mut (dyn Shape + 'a)) -> &'a mut dyn Shape {
    s
}
