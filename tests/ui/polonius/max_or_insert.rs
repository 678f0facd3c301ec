//@ polonius
// NLL rejects, Polonius accepts: the maximum is returned from one `match` arm; the other arm pushes.
fn get_or<'a>(v: &'a mut Vec<i32>) -> &'a i32 {
    let r = &*v;
    match r.iter().max() {
        Some(m) => m,
        None => { v.push(0); &v[0] }
    }
}
fn main() { let mut v = vec![]; println!("{}", get_or(&mut v)); }
