fn main() {
    let maybe = Some(String::from("kept"));
    match &maybe {
        Some(s) => println!("peek {}", s),
        None => println!("none"),
    }
    let len = match maybe {
        Some(ref_free) => ref_free.len(),
        None => 0,
    };
    println!("{}", len);
}
