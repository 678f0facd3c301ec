struct Wrapper {
    inner: String,
}

fn main() {
    let text = String::from("wrapped");
    let w = Wrapper { inner: text };
    println!("{} {}", w.inner, text); //~ ERROR E0382
}
