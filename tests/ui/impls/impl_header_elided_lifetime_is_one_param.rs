// An elided lifetime in an impl header (`ParIter<'_, T>`, `Wrap<'_>`) is one anonymous parameter
// of the impl: every `Self` in its methods names the same lifetime, so these are all fine.
pub struct ParIter<'a, T> {
    entries: &'a [T],
}

impl<T> Clone for ParIter<'_, T> {
    fn clone(&self) -> Self {
        ParIter { ..*self }
    }
}

pub struct Wrap<'a>(&'a u8);

impl Wrap<'_> {
    pub fn same(&self) -> Self {
        Wrap(self.0)
    }

    pub fn pair(self, other: Self) -> (Self, Self) {
        (self, other)
    }

    pub fn rebuilt(&self) -> Self {
        Self(self.0)
    }
}

fn main() {
    let x = 3;
    let w = Wrap(&x);
    let (a, b) = w.same().pair(w.rebuilt());
    let items = [1, 2];
    let it = ParIter { entries: &items };
    println!("{} {} {}", a.0, b.0, it.clone().entries.len());
}
