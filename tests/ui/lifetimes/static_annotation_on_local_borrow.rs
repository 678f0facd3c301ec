// A `'static` annotation on a variable makes the borrow it holds last for 'static.
fn main() {
    let name = String::from("ada");
    let r: &'static str = &name; //~ ERROR E0597
    println!("{}", r);
}
