// A closure's signature from a `for<'a, 'b>` bound: each named bound lifetime is one region of
// the closure, so returning a value of one where the other is expected needs a relation the
// bound does not give.

struct Pair<'a, 'b> {
    x: &'a u8,
    y: &'b u8,
}

fn takes_first(_: impl for<'a, 'b> Fn(&'a Pair<'a, 'b>, &'a Pair<'a, 'a>) -> &'a u8) {}

fn takes_swap(_: impl for<'a, 'b> FnOnce(&'a u8, &'b u8) -> &'b u8) {}

fn ok_first() {
    takes_first(|p, _q| p.x);
}

fn ok_second() {
    takes_swap(|_a, b| b);
}

fn wrong_one() {
    takes_swap(|a, _b| a); //~ ERROR lifetime may not live long enough
}

fn main() {
    let _ = (Pair { x: &1, y: &2 }).y;
}
