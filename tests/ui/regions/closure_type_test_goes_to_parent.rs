// A `T: 'r` a closure body needs is proven by the fn that builds the closure, from that fn's
// bounds: a closure cannot prove it alone, nor is it silently assumed.
fn needs_static<T: 'static>(_t: Option<T>) {}

fn needs_any<T>(_t: Option<T>)
where
    for<'x> T: 'x,
{
}

fn unbounded<A>() {
    let _c = || needs_static::<A>(None); //~ ERROR E0310
}

fn unbounded_forall<B>() {
    let c = || {
        needs_any::<B>(None); //~ ERROR E0310
    };
    c();
}

fn bounded<C: 'static>() {
    let c = || needs_static::<C>(None);
    c();
}

fn bounded_where<D>()
where
    D: 'static,
{
    let c = || {
        let inner = || needs_any::<D>(None);
        inner();
    };
    c();
}

fn main() {
    unbounded::<u8>();
    unbounded_forall::<u8>();
    bounded::<u8>();
    bounded_where::<u8>();
}
