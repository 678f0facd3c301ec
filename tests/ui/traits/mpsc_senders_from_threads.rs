use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    for id in 0..3 {
        let tx = tx.clone();
        thread::spawn(move || {
            tx.send(format!("worker {}", id)).unwrap();
        });
    }
    drop(tx);
    let mut got: Vec<String> = rx.iter().collect();
    got.sort();
    println!("{:?}", got);
}
