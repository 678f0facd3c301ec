// The borrow is held by the value with the destructor itself: it is live until that value is
// dropped at the end of `main`.
struct Counter<'a> {
    slot: &'a mut i32,
}

impl Drop for Counter<'_> {
    fn drop(&mut self) {
        *self.slot += 1;
    }
}

fn main() {
    let mut count = 0;
    let counter = Counter { slot: &mut count };
    let mut bump = move || {
        *counter.slot += 1;
    };
    bump();
    println!("{}", count); //~ ERROR E0502
}
