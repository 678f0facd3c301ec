//@ polonius
// NLL rejects, Polonius accepts: a `match` with a guard returns the element from a `for` loop; the loop body pushes otherwise.
fn step(x: &mut Vec<i32>) -> &mut i32 {
    let cur = &mut *x;
    for _ in 0..3 {
        match cur.first_mut() {
            Some(f) if *f > 0 => return f,
            _ => {}
        }
        cur.push(1);
    }
    &mut x[0]
}
fn main() { let mut v = vec![0]; *step(&mut v) += 1; }
