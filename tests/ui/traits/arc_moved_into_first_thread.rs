use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let a = thread::spawn(move || {
        *counter.lock().unwrap() += 1;
    });
    let b = thread::spawn(move || { //~ ERROR E0382
        *counter.lock().unwrap() += 1;
    });
    a.join().unwrap();
    b.join().unwrap();
}
