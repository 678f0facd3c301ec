// An argument is coerced to the type the call's expected result asks of it: a fn item or a
// closure given to `Some` (or any generic fn) where an `Option<fn(..)>` is expected is reified.
fn len(s: &str) -> usize { s.len() }
fn twice(x: u8) -> u8 { x * 2 }
fn wrap<T>(t: T) -> Vec<T> { vec![t] }
fn keep_static(s: &'static str) -> usize { s.len() }
fn main() {
    let o: Option<fn(&str) -> usize> = Some(len);
    let v: Vec<fn(u8) -> u8> = wrap(twice);
    let w: Option<fn(u8) -> u8> = Some(|x| x + 1);
    let r: Result<fn(&str) -> usize, ()> = Ok(str::len);
    println!("{:?} {} {:?} {:?}", o.map(|f| f("a")), v[0](2), w.map(|f| f(1)), r.map(|f| f("b")));
}
fn bad() {
    let _o: Option<fn(&str) -> usize> = Some(keep_static); //~ ERROR E0308
}
