fn main() {
    let b = Box::new(String::from("boxed"));
    let inner: &String = &b;
    let moved = b; //~ ERROR E0505
    println!("{} {}", inner, moved);
}
