// UnsafeCell::get_mut borrows the cell mutably; max_value has the integer's own type.
use std::cell::UnsafeCell;

fn mixed() -> u8 {
    i32::max_value() //~ ERROR E0308
}

fn main() {
    let cell = UnsafeCell::new(1);
    *cell.get_mut() = 2; //~ ERROR E0596
    println!("{} {}", cell.into_inner(), mixed());
}
