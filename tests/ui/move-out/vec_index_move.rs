fn main() {
    let names = vec![String::from("ann"), String::from("bo")];
    let first = names[0]; //~ ERROR E0507
    println!("{}", first);
}
