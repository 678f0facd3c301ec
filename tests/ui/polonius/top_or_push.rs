//@ polonius
// NLL rejects, Polonius accepts: `last_mut` returned from one `match` arm, the other pushes and returns the new top.
struct Stack { items: Vec<String> }
impl Stack {
    fn top_or_push(&mut self) -> &mut String {
        match self.items.last_mut() {
            Some(t) => t,
            None => { self.items.push(String::new()); self.items.last_mut().unwrap() }
        }
    }
}
fn main() { let mut s = Stack { items: vec![] }; s.top_or_push().push('a'); }
