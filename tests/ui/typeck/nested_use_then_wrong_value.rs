fn main() {
    use std::collections::HashMap;
    let mut ages: HashMap<String, u32> = HashMap::new();
    ages.insert(String::from("ann"), "forty"); //~ ERROR E0308
    println!("{}", ages.len());
}
