// An associated type bounded by the trait's lifetime (`type Iter: .. + 'g`) outlives exactly
// that lifetime: boxing it as a `'static` object needs `'g: 'static`.
trait Store<'g> {
    type Iter: Iterator<Item = u32> + 'g;
    fn items(&'g self) -> Self::Iter;

    fn boxed(&'g self) -> Box<dyn Iterator<Item = u32>> {
        Box::new(self.items()) //~ ERROR lifetime may not live long enough
    }

    fn boxed_for(&'g self) -> Box<dyn Iterator<Item = u32> + 'g> {
        Box::new(self.items())
    }
}

fn outside<'g, S: Store<'g>>(s: &'g S) -> Box<dyn Iterator<Item = u32> + 'g> {
    Box::new(s.items())
}

fn main() {}
