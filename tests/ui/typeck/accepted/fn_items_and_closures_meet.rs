use std::marker::PhantomData;

fn inc(x: u32) -> u32 {
    x + 1
}

fn dec(x: u32) -> u32 {
    x - 1
}

struct Handler {
    // Elided lifetimes in a fn pointer type belong to that type.
    on_name: fn(&str) -> &str,
}

trait Shape {
    fn sides(&self) -> u32;
}

struct Tri;

impl Shape for Tri {
    fn sides(&self) -> u32 {
        3
    }
}

struct View<'a> {
    shape: &'a dyn Shape,
}

// One input lifetime: the `&dyn Shape` object lifetime is no second one.
fn view(shape: &dyn Shape) -> View<'_> {
    View { shape }
}

#[derive(Clone, Copy)]
struct Tagged<T> {
    value: Option<T>,
    tag: PhantomData<fn(T) -> T>,
}

fn main() {
    let pick = 2;
    let step = match pick {
        0 => inc,
        1 => dec,
        _ => |x| x * 2,
    };
    let table = [inc, dec, |x| x];
    let as_ptr = (|x: u32| x + 10) as fn(u32) -> u32;
    let h = Handler { on_name: |s| s.trim() };
    let tri = Tri;
    let v = view(&tri);
    let t = Tagged { value: Some(1u8), tag: PhantomData };
    let t2 = t;
    println!("{} {} {} {} {} {:?} {:?}", step(1), table[2](5), as_ptr(1), (h.on_name)(" a "), v.shape.sides(), t.value, t2.value);
}
