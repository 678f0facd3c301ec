use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel();
    let job = String::from("build");
    tx.send(job).unwrap();
    println!("sent {}", job); //~ ERROR E0382
    println!("{}", rx.recv().unwrap());
}
