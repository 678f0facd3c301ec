use std::sync::mpsc;
use std::thread;

fn main() {
    let inputs = vec![String::from("x"), String::from("yy")];
    let (tx, rx) = mpsc::channel();
    thread::scope(|s| {
        for word in &inputs {
            let tx = tx.clone();
            s.spawn(move || tx.send(word.len()).unwrap());
        }
    });
    drop(tx);
    let total: usize = rx.iter().sum();
    println!("{} {:?}", total, inputs);
}
