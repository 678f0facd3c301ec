use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(None); //~ ERROR E0282
    println!("{}", cell.borrow().is_none());
}
