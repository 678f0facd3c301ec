// Unsizing coercions through the std pointers and structs whose last field holds the parameter:
// `Rc<T>` / `Arc<T>` to `Rc<dyn Tr>`, `&RefCell<T>` to `&RefCell<dyn Tr>`, nested, and into slices.
use std::cell::RefCell;
use std::fmt::Debug;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

struct Tail<T: ?Sized> {
    len: usize,
    data: T,
}

fn rc_object() -> Rc<dyn Debug> {
    Rc::new(5)
}

fn shared_cell() -> Rc<RefCell<dyn Debug>> {
    Rc::new(RefCell::new(String::new()))
}

fn arc_mutex() -> Arc<Mutex<dyn Debug + Send>> {
    Arc::new(Mutex::new(1u8))
}

fn cell_ref(x: &RefCell<i32>) -> &RefCell<dyn Debug> {
    x
}

fn tail_slice(t: &Tail<[u8; 4]>) -> &Tail<[u8]> {
    t
}

fn borrowed_object<'a>(x: &'a i32) -> Rc<RefCell<dyn Debug + 'a>> {
    Rc::new(RefCell::new(x))
}

fn main() {
    let list: Vec<Rc<RefCell<dyn Debug>>> = vec![Rc::new(RefCell::new(1)), shared_cell()];
    let t = Tail { len: 4, data: [1u8, 2, 3, 4] };
    let n = 3;
    let _ = (list.len(), rc_object(), arc_mutex(), cell_ref(&RefCell::new(2)), tail_slice(&t).len + tail_slice(&t).data.len(), borrowed_object(&n));
}
