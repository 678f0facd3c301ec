//@ polonius
// NLL rejects, Polonius accepts: get-or-insert on a HashMap: the lookup's borrow is returned only from the `Some` arm.
use std::collections::HashMap;
fn get_default<'a>(map: &'a mut HashMap<u32, String>, key: u32) -> &'a mut String {
    match map.get_mut(&key) {
        Some(v) => v,
        None => {
            map.insert(key, String::new());
            map.get_mut(&key).unwrap()
        }
    }
}
fn main() { let mut m = HashMap::new(); get_default(&mut m, 1).push('a'); }
