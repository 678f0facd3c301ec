#[derive(Clone, Copy)]
struct Label { //~ ERROR E0204
    id: u32,
    text: String,
}

fn main() {
    let a = Label { id: 1, text: String::from("x") };
    let b = a;
    println!("{} {}", b.id, b.text);
}
