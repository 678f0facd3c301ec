use std::thread;

fn main() {
    let words = vec![String::from("a"), String::from("bc")];
    let h = thread::spawn(move || words.iter().map(|w| w.len()).sum::<usize>());
    let total = h.join().unwrap();
    println!("{}", total);
}
