struct Inventory {
    items: Vec<Item>, //~ ERROR E0425
}

fn main() {
    let inv = Inventory { items: Vec::new() };
    println!("{}", inv.items.len());
}
