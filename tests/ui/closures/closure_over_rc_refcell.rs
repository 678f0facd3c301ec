use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let events = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&events);
    let record = move |e: &str| sink.borrow_mut().push(e.to_string());
    record("open");
    record("close");
    println!("{:?}", events.borrow());
}
