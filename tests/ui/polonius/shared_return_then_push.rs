//@ polonius
// NLL rejects, Polonius accepts: a shared borrow returned from a nested `if let`; the fall-through pushes.
fn first<'a>(xs: &'a mut Vec<String>) -> &'a String {
    if let Some(s) = xs.first() {
        if s.len() > 2 { return s; }
    }
    xs.push(String::from("new"));
    &xs[0]
}
fn main() { let mut v = vec![]; println!("{}", first(&mut v)); }
