use std::sync::Mutex;

fn main() {
    let m = Mutex::new(String::from("state"));
    let guard = m.lock().unwrap();
    let inner = m.into_inner().unwrap(); //~ ERROR E0505
    println!("{} {}", guard, inner);
}
