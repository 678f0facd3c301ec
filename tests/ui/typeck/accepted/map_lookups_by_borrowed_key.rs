use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<String, u32> = HashMap::new();
    ages.insert(String::from("ann"), 41);
    let name = String::from("ann");
    if ages.contains_key("ann") && ages.contains_key(&name) {
        println!("{:?} {}", ages.get("ann"), ages["ann"]);
    }
    if let Some(a) = ages.get_mut(name.as_str()) {
        *a += 1;
    }
    let mut ids: HashMap<Vec<u8>, &str> = HashMap::new();
    ids.insert(vec![1, 2], "x");
    let key: &[u8] = &[1, 2];
    println!("{:?} {:?}", ids.get(key), ages.remove("ann"));
}
