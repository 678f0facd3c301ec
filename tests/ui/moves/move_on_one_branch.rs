fn main() {
    let label = String::from("tag");
    let long = label.len() > 2;
    if long {
        let owned = label;
        println!("took {}", owned);
    }
    println!("still {}", label); //~ ERROR E0382
}
