use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<String, u32> = HashMap::new();
    ages.insert(String::from("ann"), 41);
    println!("{:?}", ages.get(41)); //~ ERROR E0308
}
