#[allow(dead_code)]
struct Slot<T> { //~ ERROR E0392
    index: usize,
}

fn main() {
    println!("slots");
}
