// A closure handed to `thread::spawn` that borrows a `Receiver` must be `Send`, so `&Receiver`
// must be, which needs `Receiver: Sync`: it is not (E0277, and no borrow error after it).
use std::sync::mpsc::channel;
use std::thread;

fn main() {
    let (tx, rx) = channel::<i32>();
    let worker = thread::spawn(|| { //~ ERROR E0277
        println!("{:?}", rx.recv());
    });
    tx.send(1).unwrap();
    worker.join().unwrap();
}
