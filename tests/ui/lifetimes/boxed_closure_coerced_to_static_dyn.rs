// A closure borrowing a local, boxed and coerced to `Box<dyn Fn()>` (that is, `+ 'static`):
// the unsizing coercion is what needs the borrow for `'static`, so rustc reports the borrow
// (E0597), not a closure that may outlive the function (E0373, for a closure passed as is).
fn keep(f: Box<dyn Fn()>) {
    f();
}

fn main() {
    let count = 3;
    keep(Box::new(|| println!("{}", count))); //~ ERROR E0597
}
