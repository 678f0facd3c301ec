use std::thread;

fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let first = &v[0];
    let h = thread::spawn(move || v.len()); //~ ERROR E0505
    println!("{} {}", first, h.join().unwrap());
}
