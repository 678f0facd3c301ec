// A map entry and the mutable iterators hold `&mut` to their elements, so (as in real std) they
// are invariant in the element type: a short borrow stored through them must outlive the
// element type's lifetime. The hash map's mutable iterator keeps the key covariant.
use std::collections::HashMap;

fn through_entry(names: Vec<String>, mut map: HashMap<u8, &'static String>) -> HashMap<u8, &'static String> {
    let first = &names[0]; //~ ERROR E0597
    map.entry(1).or_insert(first);
    map
}

fn through_iter_mut(names: Vec<String>, mut v: Vec<&'static String>) -> Vec<&'static String> {
    let first = &names[0]; //~ ERROR E0597
    for slot in v.iter_mut() {
        *slot = first;
    }
    v
}

fn keys_stay_covariant<'a>(map: &'a mut HashMap<&'static str, u8>) -> std::collections::hash_map::IterMut<'a, &'a str, u8> {
    map.iter_mut()
}

fn main() {}
