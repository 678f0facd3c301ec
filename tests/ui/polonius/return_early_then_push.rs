//@ polonius
// NLL rejects, Polonius accepts: a borrow returned under a condition; the other path pushes.
fn pick<'a>(v: &'a mut Vec<i32>, flag: bool) -> &'a mut i32 {
    let first = &mut v[0];
    if flag {
        return first;
    }
    v.push(3);
    &mut v[1]
}
fn main() { let mut v = vec![1, 2]; *pick(&mut v, true) += 1; }
