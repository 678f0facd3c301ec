fn main() {
    let mut names = Vec::new();
    let name = String::from("Dee");
    names.push(name);
    names.push(name); //~ ERROR E0382
    println!("{}", names.len());
}
