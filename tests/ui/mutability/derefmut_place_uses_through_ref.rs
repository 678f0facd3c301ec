use std::cell::RefCell;

struct Counter {
    step: Box<dyn FnMut() -> u32>,
}

struct Holder<'a> {
    slot: &'a mut u32,
}

fn bump(n: &mut u32) {
    *n += 1;
}

fn run(c: &RefCell<Counter>) -> u32 {
    let guard = c.borrow();
    (guard.step)() //~ ERROR E0596
}

fn forward<'a>(h: &RefCell<Holder<'a>>) {
    let guard = h.borrow();
    bump(guard.slot); //~ ERROR E0596
}

fn main() {
    let c = RefCell::new(Counter { step: Box::new(|| 2) });
    let mut n = 0;
    let h = RefCell::new(Holder { slot: &mut n });
    forward(&h);
    println!("{}", run(&c));
}
