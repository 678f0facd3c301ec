use std::rc::{Rc, Weak};

fn main() {
    let owner = Rc::new(String::from("config"));
    let watcher: Weak<String> = Rc::downgrade(&owner);
    let before = watcher.upgrade().map(|s| s.len());
    drop(owner);
    let after = watcher.upgrade();
    println!("{:?} {}", before, after.is_none());
}
