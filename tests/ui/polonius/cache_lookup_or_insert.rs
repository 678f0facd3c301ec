//@ polonius
// NLL rejects, Polonius accepts: a cache method returns a shared reference from its data or inserts first.
struct Cache { data: Vec<String> }
impl Cache {
    fn lookup(&mut self, key: &str) -> &String {
        for s in &self.data {
            if s == key { return s; }
        }
        self.data.push(key.to_string());
        self.data.last().unwrap()
    }
}
fn main() { let mut c = Cache { data: vec![] }; println!("{}", c.lookup("a")); }
