//@ polonius
// NLL rejects, Polonius accepts: `loop` that returns a found element or grows the vector and tries again.
fn process(v: &mut Vec<i32>) -> &i32 {
    loop {
        if let Some(x) = v.iter().find(|x| **x > 5) {
            return x;
        }
        v.push(v.len() as i32);
    }
}
fn main() { let mut v = vec![]; println!("{}", process(&mut v)); }
