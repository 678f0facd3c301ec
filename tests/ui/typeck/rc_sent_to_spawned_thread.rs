use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    let handle = thread::spawn(move || { //~ ERROR E0277
        println!("{:?}", shared);
    });
    handle.join().unwrap();
}
