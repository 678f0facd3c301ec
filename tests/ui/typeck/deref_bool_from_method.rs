fn main() {
    let s = String::from("");
    if *s.is_empty() { //~ ERROR E0614
        println!("empty");
    }
}
