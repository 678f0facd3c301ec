// A method's turbofish type argument must meet the method's `T: 'static` bound: the lifetime
// written in it is the caller's, so it must outlive 'static.
struct Registry;

impl Registry {
    fn register<T: 'static>(&self) -> usize {
        std::mem::size_of::<T>()
    }
}

fn local<'a>(r: &Registry, _x: &'a u8) -> usize {
    r.register::<&'a u8>() //~ ERROR lifetime may not live long enough
}

fn fine(r: &Registry) -> usize {
    r.register::<&'static u8>()
}

fn main() {
    let r = Registry;
    println!("{} {}", local(&r, &1), fine(&r));
}
