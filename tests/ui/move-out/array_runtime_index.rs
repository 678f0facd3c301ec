fn main() {
    let tags = [String::from("red"), String::from("green"), String::from("blue")];
    let mut i = 0;
    while i < tags.len() {
        let tag = tags[i]; //~ ERROR E0508
        println!("{}", tag);
        i += 1;
    }
}
