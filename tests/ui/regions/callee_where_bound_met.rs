//@ crate-type: lib
pub fn keep_first<'long, 'short>(a: &'long str, b: &'short str) -> (&'long str, &'short str)
where
    'long: 'short,
{
    (a, b)
}

pub fn same_roles<'x, 'y: 'x>(a: &'y str, b: &'x str) -> (&'y str, &'x str) {
    keep_first(a, b)
}

pub struct Pair<'p, 'q: 'p> {
    pub first: &'q u8,
    pub second: &'p u8,
}

impl<'p, 'q: 'p> Pair<'p, 'q> {
    pub fn shorter(&self) -> &'p u8 {
        self.first
    }
}
