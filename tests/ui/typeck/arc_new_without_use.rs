use std::thread;

fn main() {
    let data = Arc::new(vec![1, 2, 3]); //~ ERROR E0433
    let h = thread::spawn(move || data.len());
    println!("{}", h.join().unwrap());
}
