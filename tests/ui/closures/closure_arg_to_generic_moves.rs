fn apply<F: FnOnce() -> usize>(f: F) -> usize {
    f()
}

fn main() {
    let text = String::from("hello");
    let n = apply(move || text.len());
    println!("{} {}", n, text); //~ ERROR E0382
}
