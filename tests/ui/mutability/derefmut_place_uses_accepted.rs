use std::cell::RefCell;

struct Counter {
    step: Box<dyn FnMut() -> u32>,
    total: u32,
}

struct Holder<'a> {
    slot: &'a mut u32,
}

fn bump(n: &mut u32) {
    *n += 1;
}

fn run(c: &RefCell<Counter>) -> u32 {
    let mut guard = c.borrow_mut();
    let got = (guard.step)();
    guard.total += got;
    guard.total
}

fn forward<'a>(h: &RefCell<Holder<'a>>) {
    let mut guard = h.borrow_mut();
    bump(guard.slot);
    let again = Holder { slot: guard.slot };
    bump(again.slot);
}

fn main() {
    let c = RefCell::new(Counter { step: Box::new(|| 2), total: 0 });
    let mut n = 0;
    let h = RefCell::new(Holder { slot: &mut n });
    forward(&h);
    println!("{}", run(&c));
}
