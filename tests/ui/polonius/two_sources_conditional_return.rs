//@ polonius
// NLL rejects, Polonius accepts: a reference into one of two vectors is returned conditionally; both are pushed to afterwards.
fn f<'a>(x: &'a mut Vec<i32>, y: &'a mut Vec<i32>) -> &'a mut i32 {
    let r = if x.len() > 0 { &mut x[0] } else { &mut y[0] };
    if *r > 0 { return r; }
    x.push(1);
    y.push(1);
    &mut x[0]
}
fn main() { let mut a = vec![1]; let mut b = vec![2]; f(&mut a, &mut b); }
