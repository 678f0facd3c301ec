// Inside a closure, a captured `&mut` moved away and then used twice: rustc reports one error,
// at the later use (the capture's place is a fresh place at every use).
fn keep<T>(value: T) -> T {
    value
}

fn main() {
    let mut text = String::from("log");
    let handle = &mut text;
    let finish = || {
        let kept = keep(handle);
        let len = handle.len();
        println!("{} {} {}", kept, len, handle); //~ ERROR E0382
    };
    finish();
}
