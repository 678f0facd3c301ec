//@ polonius
// NLL rejects, Polonius accepts: a method on `&mut self` returns an item found by iteration or pushes a new one.
struct S { items: Vec<u8> }
impl S {
    fn find(&mut self, k: u8) -> &mut u8 {
        for it in self.items.iter_mut() { if *it == k { return it; } }
        self.items.push(k);
        self.items.last_mut().unwrap()
    }
}
fn main() { let mut s = S { items: vec![] }; *s.find(3) += 1; }
