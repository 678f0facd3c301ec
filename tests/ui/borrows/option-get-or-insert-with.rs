// The `&mut T` that `get_or_insert_with` returns keeps the option mutably borrowed.
fn main() {
    let mut a: Option<String> = None;
    let r = a.get_or_insert_with(|| String::from("x"));
    let n = a.is_some(); //~ ERROR E0502
    r.push('c');
    println!("{}", n);
}
