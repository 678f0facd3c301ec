fn main() {
    let name = String::from("once");
    let consume = move || {
        let owned = name;
        owned.len()
    };
    let a = consume();
    let b = consume(); //~ ERROR E0382
    println!("{} {}", a, b);
}
