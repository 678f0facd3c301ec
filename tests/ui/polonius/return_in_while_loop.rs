//@ polonius
// NLL rejects, Polonius accepts: an element borrowed in a `while` loop is returned from inside it; after the loop the vector grows.
fn f(v: &mut Vec<i32>) -> Option<&i32> {
    let mut i = 0;
    while i < v.len() {
        let e = &v[i];
        if *e > 10 { return Some(e); }
        i += 1;
    }
    v.push(11);
    None
}
fn main() { let mut v = vec![1]; f(&mut v); }
