// An associated constant reached through a written type with lifetimes (`Holder::<'a>::LIMIT`)
// uses the impl for that type: an impl for `Holder<'static>` needs `'a` to be `'static`.
struct Holder<'a>(&'a u8);

trait Limit {
    const LIMIT: u32;
}

impl Limit for Holder<'static> {
    const LIMIT: u32 = 4;
}

struct Any<'a>(&'a u8);

impl<'a> Limit for Any<'a> {
    const LIMIT: u32 = 8;
}

fn in_pattern<'a>(n: u32) -> bool {
    match n {
        0..=Holder::<'a>::LIMIT => true, //~ ERROR lifetime may not live long enough
        _ => false,
    }
}

fn in_expression<'a>(n: u32) -> u32 {
    n + Holder::<'a>::LIMIT //~ ERROR lifetime may not live long enough
}

fn static_is_fine(n: u32) -> bool {
    n < Holder::<'static>::LIMIT
}

fn any_lifetime<'a>(n: u32) -> bool {
    match n {
        Any::<'a>::LIMIT => true,
        _ => n < Any::<'a>::LIMIT,
    }
}

fn main() {
    let _ = (in_pattern(1), in_expression(2), static_is_fine(3), any_lifetime(4));
}
