fn main() {
    let names = vec![String::from("a"), String::from("b")];
    for name in &names {
        println!("{}", name);
    }
    let last = name.clone(); //~ ERROR E0425
    println!("{}", last);
}
