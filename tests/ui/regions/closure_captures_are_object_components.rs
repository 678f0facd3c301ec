// A closure boxed as a trait object must outlive the object's lifetime through what it
// captures: a captured type parameter or projection needs its own bound.
trait Make {
    type Out;
    fn make(&self) -> Self::Out;
}

fn param_static<T: Clone>(t: T) -> Box<dyn Fn() -> T> {
    Box::new(move || t.clone()) //~ ERROR E0310
}

fn param_bounded<'a, T: Clone + 'a>(t: T) -> Box<dyn Fn() -> T + 'a> {
    Box::new(move || t.clone())
}

fn projection_static<M: Make>(m: &M) -> Box<dyn Fn()> {
    let out = m.make();
    Box::new(move || {
        //~^ ERROR E0310
        let _held = &out;
    })
}

fn projection_by_component<'a, M: Make>(m: &'a M) -> Box<dyn Fn() + 'a> {
    let out = m.make();
    Box::new(move || {
        let _held = &out;
    })
}

fn main() {}
