fn main() {
    let mut title: Option<String> = Some(String::from("notes"));
    title.push_str("!"); //~ ERROR E0599
    println!("{:?}", title);
}
