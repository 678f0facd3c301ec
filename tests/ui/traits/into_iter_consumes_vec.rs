fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let upper: Vec<String> = names.into_iter().map(|n| n.to_uppercase()).collect();
    println!("{:?} {:?}", upper, names); //~ ERROR E0382
}
