// A boxed integer is no boxed closure.
fn main() {
    let f: Box<dyn Fn() -> i32> = Box::new(5); //~ ERROR E0277
    println!("{}", f());
}
