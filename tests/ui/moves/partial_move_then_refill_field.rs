struct Slot {
    item: String,
    count: u32,
}

fn main() {
    let mut slot = Slot { item: String::from("gear"), count: 1 };
    let taken = slot.item;
    slot.item = String::from("spring");
    let whole = slot;
    println!("{} {} {}", taken, whole.item, whole.count);
}
