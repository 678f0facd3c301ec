// `v[0]()` on a `Vec<Box<dyn FnMut()>>` calls through `IndexMut`: fine for a `mut` vector; through
// a shared reference to the element it is a mutable borrow of borrowed data.
fn main() {
    let mut log: Vec<i32> = Vec::new();
    let mut hooks: Vec<Box<dyn FnMut()>> = Vec::new();
    hooks.push(Box::new(move || log.push(1)));
    hooks[0]();
    let first: &Box<dyn FnMut()> = &hooks[0];
    first(); //~ ERROR E0596
}
