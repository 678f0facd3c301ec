use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let other = Rc::clone(&shared);
    {
        let mut w = other.borrow_mut();
        w.push(3);
    }
    let len = shared.borrow().len();
    other.borrow_mut().push(len as i32);
    println!("{:?}", shared.borrow());
}
