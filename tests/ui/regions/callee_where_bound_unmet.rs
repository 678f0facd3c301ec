//@ crate-type: lib
// The callee's where-clause `'long: 'short` becomes a requirement on the caller's lifetimes.
pub fn keep_first<'long, 'short>(a: &'long str, b: &'short str) -> (&'long str, &'short str)
where
    'long: 'short,
{
    (a, b)
}

pub fn swap_roles<'x, 'y>(a: &'x str, b: &'y str) -> (&'x str, &'y str) {
    keep_first(a, b) //~ ERROR lifetime may not live long enough
}
