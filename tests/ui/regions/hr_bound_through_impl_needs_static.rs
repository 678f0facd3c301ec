// `for<'a> X: Trait<'a>` proven through the trait's only impl, which needs its self type to
// outlive the trait's lifetime: X must outlive every lifetime, so a local borrow is too short.

trait Within<'s> {}

impl<'s, T> Within<'s> for T where T: 's {}

trait Named {
    type Out;
}

impl<'r, T: 'r> Named for &'r T {
    type Out = &'r ();
}

fn every<G>(_: G)
where
    for<'a> G: Within<'a>,
{
}

fn every_ref<T>(_: &T)
where
    for<'a> &'a T: Named,
{
}

fn local_in_every() {
    let n = 1;
    every(&n); //~ ERROR E0597
}

fn local_in_every_ref() {
    let n = 2;
    every_ref(&&n); //~ ERROR E0597
}

fn statics_are_fine() {
    every(&5);
    every(String::new());
    every_ref(&&7);
}

fn main() {}
