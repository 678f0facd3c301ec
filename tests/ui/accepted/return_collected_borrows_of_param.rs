// Collecting borrows of the argument is fine: the data outlives the call.
fn words(text: &str) -> Vec<&str> {
    text.split(' ').map(|w| w.trim()).collect()
}

fn main() {
    let text = String::from("one two");
    println!("{:?}", words(&text));
}
