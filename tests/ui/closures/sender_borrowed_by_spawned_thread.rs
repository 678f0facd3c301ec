// `Sender` is `Sync`, so a spawned closure borrowing it is `Send`: what fails is the borrow
// itself, which may outlive the function (E0373).
use std::sync::mpsc::channel;
use std::thread;

fn main() {
    let (tx, rx) = channel::<i32>();
    let worker = thread::spawn(|| tx.send(1).unwrap()); //~ ERROR E0373
    println!("{:?}", rx.recv());
    worker.join().unwrap();
}
