// std::hash as std declares it: `Hash::hash` is generic over the `Hasher` it feeds.
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
struct P<'a> { name: &'a str, id: u32 }
impl<'a> Hash for P<'a> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.name.hash(state);
        self.id.hash(state);
        state.write_u8(1);
    }
}
fn digest<T: Hash>(t: &T) -> u64 {
    let mut h = DefaultHasher::new();
    t.hash(&mut h);
    h.finish()
}
fn main() {
    let s = String::from("a");
    let p = P { name: &s, id: 3 };
    println!("{} {}", digest(&p), digest(&vec![Some(1u8)]));
    let q = P { name: "b", id: 4 };
    q.hash(4); //~ ERROR E0308
}
