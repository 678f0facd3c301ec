fn run_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn run_many<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn main() {
    let name = String::from("ada");
    let moved = run_once(|| name);
    let mut count = 0;
    run_many(|| count += 1);
    let label = Some(String::from("x")).map(|s| s + &moved);
    let read: Box<dyn Fn() -> usize> = Box::new(|| moved.len());
    println!("{} {:?} {}", count, label, read());
}
