struct Slot {
    id: u32,
    name: String,
}

fn main() {
    let a = Slot { id: 1, name: String::from("x") };
    let b = Slot { id: 1, name: String::from("x") };
    if a == b { //~ ERROR E0369
        println!("{} {}", a.id, b.name);
    }
}
