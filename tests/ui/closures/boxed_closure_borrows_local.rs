fn make_len() -> Box<dyn Fn() -> usize> {
    let text = String::from("local");
    Box::new(|| text.len()) //~ ERROR E0373
}

fn main() {
    let f = make_len();
    println!("{}", f());
}
