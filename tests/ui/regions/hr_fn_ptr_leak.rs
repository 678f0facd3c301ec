// Coercions to higher-ranked fn pointers: a bound region of the target may not be tied to a
// fixed region of the source (rustc's leak check, "one type is more general than the other").

fn same(x: &u8) -> &u8 {
    x
}

fn early<'a, 'b>(x: &'a u8, _y: &'b u8) -> &'a u8
where
    'b: 'a,
{
    x
}

fn pick<'x>(a: &'x u8, _b: &'x u8) -> &'x u8 {
    a
}

fn to_static_output() {
    let _f: for<'a> fn(&'a u8) -> &'static u8 = same; //~ ERROR E0308
}

fn early_bound_lifetimes() {
    let _f: for<'r> fn(&'r u8, &'r u8) -> &'r u8 = early; //~ ERROR E0308
}

fn two_bound_into_one() {
    let _f: for<'a, 'b> fn(&'a u8, &'b u8) -> &'a u8 = pick; //~ ERROR E0308
}

fn pointer_to_pointer(g: fn(&'static u8)) {
    let _h: fn(&u8) = g; //~ ERROR E0308
}

fn want(_f: for<'c> fn(&'c u8) -> &'static u8) {}

fn as_argument() {
    want(same); //~ ERROR E0308
}

fn main() {}
