// A struct's lifetime parameters are related only as its declaration and fields imply: `Pair`
// relates nothing, `Nested` implies 'inner: 'outer through its `&'outer &'inner` field, and
// `Bounded` declares 'long: 'short.
struct Pair<'x, 'y> {
    x: &'x u8,
    y: &'y u8,
}

struct Nested<'outer, 'inner> {
    r: &'outer &'inner u8,
}

struct Bounded<'short, 'long: 'short> {
    s: &'short u8,
    l: &'long u8,
}

fn swap<'x, 'y>(p: Pair<'x, 'y>) -> &'y u8 {
    p.x //~ ERROR lifetime may not live long enough
}

fn inner_outlives<'o, 'i>(n: Nested<'o, 'i>) -> &'o u8 {
    let v: &'o u8 = *n.r;
    v
}

fn declared<'s, 'l>(b: Bounded<'s, 'l>) -> &'s u8 {
    b.l
}

fn main() {
    let (a, c) = (1, 2);
    let _ = swap(Pair { x: &a, y: &c });
    let r = &a;
    let _ = inner_outlives(Nested { r: &r });
    let _ = declared(Bounded { s: &a, l: &c });
}
