use std::cell::RefCell;

fn main() {
    let v: Vec<String> = Vec::new();
    let slot: Option<u8> = None;
    let b = Box::new(Vec::<i32>::new());
    let cell: RefCell<Option<String>> = RefCell::new(None);
    let words = "a b c".split(' ').collect::<Vec<_>>();
    let n: i32 = "5".parse().unwrap();
    println!("{} {} {} {}", v.len(), slot.is_some(), b.is_empty(), cell.borrow().is_none());
    println!("{:?} {}", words, n);
}
