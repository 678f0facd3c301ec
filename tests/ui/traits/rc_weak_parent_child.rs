use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    value: i32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn main() {
    let root = Rc::new(Node { value: 1, parent: RefCell::new(Weak::new()), children: RefCell::new(Vec::new()) });
    let leaf = Rc::new(Node { value: 2, parent: RefCell::new(Weak::new()), children: RefCell::new(Vec::new()) });
    *leaf.parent.borrow_mut() = Rc::downgrade(&root);
    root.children.borrow_mut().push(Rc::clone(&leaf));
    let up = leaf.parent.borrow().upgrade().map(|p| p.value);
    println!("{:?} {} {}", up, root.children.borrow().len(), Rc::strong_count(&leaf));
    println!("{}", Rc::weak_count(&root));
}
