use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let total = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for i in 0..4 {
        let total = Arc::clone(&total);
        handles.push(thread::spawn(move || {
            total.lock().unwrap().push(i * 10);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    let mut v = total.lock().unwrap().clone();
    v.sort();
    println!("{:?}", v);
}
