struct Bag {
    items: Vec<String>,
    label: String,
}

impl Bag {
    fn new(items: Vec<String>) -> Bag {
        Bag { items, label: String::from("bag") }
    }

    fn count(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let items = vec![String::from("pen")];
    let bag = Bag::new(items);
    let first = &bag.items[0];
    println!("{} {} {}", bag.label, bag.count(), first);
}
