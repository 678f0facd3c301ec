fn main() {
    let maybe: Option<i32> = None;
    let n = maybe.unwrap_or(7);
    let again = maybe;
    let name = Some(String::from("n"));
    let len = match &name {
        Some(s) => s.len(),
        None => 0,
    };
    let taken = name.unwrap_or(String::new());
    println!("{} {:?} {} {}", n, again, len, taken);
}
