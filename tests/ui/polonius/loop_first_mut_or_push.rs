//@ polonius
// NLL rejects, Polonius accepts: `loop` returning `first_mut()` when positive, pushing otherwise.
fn f(v: &mut Vec<i32>) -> &mut i32 {
    loop {
        if let Some(x) = v.first_mut() {
            if *x > 0 { return x; }
        }
        v.push(1);
    }
}
fn main() { let mut v = vec![]; *f(&mut v) += 1; }
