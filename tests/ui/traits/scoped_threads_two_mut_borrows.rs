use std::thread;

fn main() {
    let mut results = Vec::new();
    thread::scope(|s| {
        s.spawn(|| results.push(1));
        s.spawn(|| results.push(2)); //~ ERROR E0499
    });
    println!("{:?}", results);
}
