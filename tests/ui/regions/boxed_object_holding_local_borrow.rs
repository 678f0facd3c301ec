// Wrapping a borrow of a boxed trait object into a `'static` object: the wrapper's lifetime
// argument comes from `&*v`, data owned by the function (E0515), and `'a` must be `'static`.
trait Shape<T> {}

struct Holder<'a, T: 'a>(&'a (dyn Shape<T> + 'a));

trait Show {}
impl<'a, T> Show for Holder<'a, T> {}

fn wrap<'a, T: 'static>(v: Box<dyn Shape<T> + 'a>) -> Box<dyn Show + 'static> {
    Box::new(Holder(&*v)) as Box<dyn Show>
    //~^ ERROR E0515
    //~| ERROR lifetime may not live long enough
}

fn main() {}
