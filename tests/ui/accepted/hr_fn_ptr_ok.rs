// Coercions to fn pointers that rustc accepts: the source is at least as general as the target.

fn same(x: &u8) -> &u8 {
    x
}

fn forever(_x: &u8) -> &'static u8 {
    &7
}

fn two<'a, 'b>(x: &'a u8, _y: &'b u8) -> &'a u8 {
    x
}

struct W<'a>(&'a u8);

impl<'a> W<'a> {
    fn get(&self, x: &u8) -> u8 {
        *self.0 + *x
    }
}

fn main() {
    let _a: fn(&'static u8) -> &'static u8 = same;
    let _b: for<'a> fn(&'a u8) -> &'a u8 = forever;
    let _c: fn(&u8) -> &u8 = same;
    let _d: for<'x> fn(&'x u8, &'x u8) -> &'x u8 = two;
    let e: fn(&u8) -> &u8 = same;
    let _f: fn(&'static u8) -> &u8 = e;
    let _h: fn(&u8) -> &u8 = |x| x;
    let _i: for<'a> fn(&'a u8, &u8) -> &'a u8 = two;
}
