fn main() {
    let mut store = Vec::new();
    let item = String::from("crate");
    let peek = &item;
    if peek.len() > 3 {
        store.push(item); //~ ERROR E0505
    }
    println!("{} {}", peek, store.len());
}
