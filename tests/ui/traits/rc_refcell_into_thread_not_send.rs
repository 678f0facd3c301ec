use std::cell::RefCell;
use std::rc::Rc;
use std::thread;

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let log2 = Rc::clone(&log);
    let h = thread::spawn(move || { //~ ERROR E0277
        log2.borrow_mut().push(1);
    });
    h.join().unwrap();
    println!("{:?}", log.borrow());
}
