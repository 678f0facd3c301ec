use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<&str, u32> = HashMap::new();
    stock.insert("apples", 3);
    stock["apples"] = 4; //~ ERROR E0594
    println!("{:?}", stock.get("apples"));
}
