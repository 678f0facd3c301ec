//@ polonius
// Two map lookups: NLL rejects `cache2` (a shared borrow returned from `if let`, then an insert),
// Polonius accepts it; both reject the two `&mut m` alive at once in main.
use std::collections::HashMap;
fn cache<'m>(m: &'m mut HashMap<u32, u32>, k: u32) -> &'m u32 {
    if m.contains_key(&k) { return m.get(&k).unwrap(); }
    m.insert(k, k * 2);
    m.get(&k).unwrap()
}
fn cache2<'m>(m: &'m mut HashMap<u32, u32>, k: u32) -> &'m u32 {
    if let Some(v) = m.get(&k) { return v; }
    m.insert(k, k * 2);
    m.get(&k).unwrap()
}
fn main() {
    let mut m = HashMap::new();
    println!("{} {}", cache(&mut m, 1), cache2(&mut m, 2)); //~ ERROR E0499
}
