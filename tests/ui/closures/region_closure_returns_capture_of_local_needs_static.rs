// The closure's output lifetime is bound by the `FnOnce(&u8) -> &u8` sugar; returning a borrow of
// a captured local asks the parent for a borrow that outlives any such lifetime ('static).
fn apply(f: impl FnOnce(&u8) -> &u8) {
    let x = 1;
    f(&x);
}

fn run() {
    let local = 7u8;
    apply(|_arg| &local); //~ ERROR E0597
}

fn main() {
    run();
}
