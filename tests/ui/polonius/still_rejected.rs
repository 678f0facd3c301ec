//@ polonius
// Polonius rejects what is really a conflict: the shared borrow is used after the push.
fn main() {
    let mut stock = vec![4, 9];
    let first = &stock[0];
    stock.push(1); //~ ERROR E0502
    println!("{}", first);

    let mut name = String::from("x");
    let r = &mut name;
    let len = name.len(); //~ ERROR E0502
    r.push('y');
    println!("{}", len);
}
