fn main() {
    let maybe: Option<String> = Some(String::from("abc"));
    let n = match maybe {
        Some(s) => s.len(),
        None => "nothing", //~ ERROR E0308
    };
    println!("{}", n);
}
