use std::cell::RefCell;
use std::rc::Rc;

struct Packet<T: ?Sized> {
    len: usize,
    data: T,
}

trait Shape {
    fn area(&self) -> u32;
}

struct Square(u32);

impl Shape for Square {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
}

fn total(p: &Packet<[u8]>) -> usize {
    p.len + p.data.len()
}

fn main() {
    let p = Packet { len: 1, data: [1u8, 2, 3] };
    let q: &Packet<[u8]> = &p;
    let r: &Packet<dyn Shape> = &Packet { len: 0, data: Square(3) };
    let b: Box<Packet<[u8]>> = Box::new(Packet { len: 2, data: [4u8; 4] });
    let mut counter = 0;
    let c: Rc<RefCell<dyn FnMut()>> = Rc::new(RefCell::new(move || {
        counter += 1;
        println!("{}", counter);
    }));
    (c.borrow_mut())();
    let raw: *mut [i32] = &mut [1, 2, 3];
    let mut arr = [0u8; 8];
    let rp = &mut arr as *mut [u8] as *mut u8;
    println!("{} {} {} {:?} {:?}", total(q), r.data.area(), total(&b), raw, rp);
}
