//@ polonius
// NLL rejects, Polonius accepts: `get_mut` on a vector of vectors, falling back to pushing a new inner vector.
fn get(v: &mut Vec<Vec<i32>>, i: usize) -> &mut Vec<i32> {
    if let Some(inner) = v.get_mut(i) {
        return inner;
    }
    v.push(Vec::new());
    let n = v.len();
    &mut v[n - 1]
}
fn main() { let mut v = vec![]; get(&mut v, 0).push(1); }
