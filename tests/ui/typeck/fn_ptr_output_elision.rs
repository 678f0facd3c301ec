// Lifetime elision in fn pointer types: an elided output lifetime takes the inputs' only one;
// with none or several there is none to take (E0106).
type Pick = fn(&str, &str) -> &str; //~ ERROR E0106
fn none(_: fn() -> &u8) {} //~ ERROR E0106
fn ok(_: fn(&u8) -> &u8, _: for<'a> fn(&'a u8, &u8) -> &'a u8, _: fn(&u8, u8) -> &u8) {}
fn main() {
    let _p: Option<Pick> = None;
    let _q: Option<fn(&u8, &u8) -> &u8> = None; //~ ERROR E0106
}
