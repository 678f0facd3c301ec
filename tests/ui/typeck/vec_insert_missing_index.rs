fn main() {
    let mut names = vec![String::from("b")];
    names.insert(String::from("a")); //~ ERROR E0061
    println!("{:?}", names);
}
