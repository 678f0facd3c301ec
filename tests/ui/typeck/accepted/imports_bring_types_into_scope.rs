use std::cell::RefCell;
use std::collections::HashMap;
use std::mem;
use std::rc::Rc;

fn count_chars(r: &Rc<String>) -> usize {
    r.chars().count()
}

fn main() {
    let mut counts = HashMap::new();
    counts.insert("a", 1);
    let first = Rc::new(String::from("shared"));
    let cell = RefCell::new(vec![1, 2]);
    cell.borrow_mut().push(3);
    let mut a = String::from("left");
    let mut b = String::from("right");
    mem::swap(&mut a, &mut b);
    println!("{:?} {} {:?} {} {}", counts, count_chars(&first), cell, a, b);
}
