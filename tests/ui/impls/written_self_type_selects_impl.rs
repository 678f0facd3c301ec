// An associated item reached through a written type (`Holder::<'a>::item`) belongs to the impl
// for that type: an impl only for `Holder<'static>` makes `'a` outlive `'static`.
struct Holder<'a>(&'a u8);

trait Limit {
    const MAX: i32;
    fn make() -> i32;
}

impl Limit for Holder<'static> {
    const MAX: i32 = 10;
    fn make() -> i32 {
        3
    }
}

struct Open<'a>(&'a u8);

impl<'x> Limit for Open<'x> {
    const MAX: i32 = 20;
    fn make() -> i32 {
        4
    }
}

impl Holder<'static> {
    const MIN: i32 = 0;
    fn zero() -> i32 {
        0
    }
}

fn constant<'a>() -> i32 {
    Holder::<'a>::MAX //~ ERROR lifetime may not live long enough
}

fn function<'a>() -> i32 {
    Holder::<'a>::make() //~ ERROR lifetime may not live long enough
}

fn inherent<'a>() -> i32 {
    // One requirement ('a: 'static), one error.
    Holder::<'a>::MIN + Holder::<'a>::zero() //~ ERROR lifetime may not live long enough
}

fn pattern<'a>(x: i32) -> bool {
    match x {
        0..=Holder::<'a>::MAX => true, //~ ERROR lifetime may not live long enough
        _ => false,
    }
}

fn fine<'a>(x: i32) -> i32 {
    let y = Open::<'a>::MAX + Open::<'a>::make() + Holder::<'static>::MAX;
    match x {
        Open::<'a>::MAX => y,
        _ => Holder::<'static>::make(),
    }
}

fn main() {
    println!("{} {} {} {} {}", constant(), function(), inherent(), pattern(3), fine(1));
}
