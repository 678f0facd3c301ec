// VecDeque, HashSet, BTreeMap and BTreeSet as the std model describes them.
use std::collections::{BTreeMap, BTreeSet, HashSet, VecDeque};

fn main() {
    let mut queue: VecDeque<String> = VecDeque::new();
    queue.push_back(String::from("a"));
    queue.push_front(String::from("b"));
    if let Some(front) = queue.front_mut() {
        front.push('!');
    }
    let first = queue.pop_front();
    for s in &queue {
        println!("{}", s);
    }

    let mut seen: HashSet<u32> = HashSet::new();
    let fresh = seen.insert(3);
    let has = seen.contains(&3);

    let mut scores: BTreeMap<String, u32> = BTreeMap::new();
    *scores.entry(String::from("x")).or_insert(0) += 2;
    for (k, v) in scores.iter_mut() {
        *v += k.len() as u32;
    }
    let ordered: BTreeSet<u32> = scores.values().copied().collect();
    println!("{:?} {} {} {:?} {:?}", first, fresh, has, scores, ordered);
}
