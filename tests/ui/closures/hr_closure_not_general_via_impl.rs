// The `Fn*` bound a closure must meet can come through a blanket impl of another trait.

trait Handler {}

impl<F> Handler for F where F: Fn(&str) -> usize {}

fn register(_: impl Handler) {}

trait Mapper {}

impl<F: Fn(&str) -> &str> Mapper for F {}

fn register_mapper<M: Mapper>(_: M) {}

fn inferred() {
    let h = |s| {
        let t: &str = s;
        t.len()
    };
    register(h); //~ ERROR implementation of `Fn` is not general enough
    //~^ ERROR implementation of `FnOnce` is not general enough
}

fn output_free() {
    register_mapper(|s: &str| -> &str { s }); //~ ERROR E0308
    //~^ ERROR lifetime may not live long enough
}

fn fine() {
    register(|s: &str| s.len());
    let h = |s: &str| s.len();
    register(h);
}

fn main() {}
