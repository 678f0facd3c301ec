fn main() {
    let words = vec![String::from("a"), String::from("b")];
    for w in words {
        println!("{}", w);
    }
    println!("{} words", words.len()); //~ ERROR E0382
}
