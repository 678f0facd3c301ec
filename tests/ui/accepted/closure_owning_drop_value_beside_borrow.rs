// A closure that owns a value with a destructor and also holds a `&mut`: dropping the closure runs
// only that destructor, which cannot see the borrow, so the borrowed variable is usable again
// after the last call although the closure is dropped later.
struct Noisy {
    tag: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.tag);
    }
}

fn main() {
    let mut count = 0;
    let noisy = Noisy { tag: String::from("n") };
    let counter = &mut count;
    let mut bump = move || {
        *counter += 1;
        println!("{}", noisy.tag);
    };
    bump();
    println!("{}", count);
}
