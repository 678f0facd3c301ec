struct Item {
    id: u32,
}

impl Item {
    fn label(&self) -> &String {
        let text = format!("item-{}", self.id);
        &text //~ ERROR E0515
    }
}

fn main() {
    let it = Item { id: 4 };
    println!("{}", it.label());
}
