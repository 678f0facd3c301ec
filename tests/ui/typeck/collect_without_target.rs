fn main() {
    let line = String::from("a b c");
    let words = line.split(' ').collect(); //~ ERROR E0283
    println!("{:?}", words);
}
