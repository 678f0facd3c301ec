use std::rc::Rc;

fn main() {
    let shared: Rc<i32> = 5; //~ ERROR E0308
    let other = Rc::clone(&shared);
    println!("{} {}", shared, other);
}
