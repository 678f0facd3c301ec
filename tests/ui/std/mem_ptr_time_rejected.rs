// NonNull is Copy whatever it points to but MaybeUninit only when its contents are; Duration
// adds only Durations; an Rc of an array coerces to an Rc of a slice only of the same element type.
use std::mem::MaybeUninit;
use std::ptr::NonNull;
use std::rc::Rc;
use std::time::Duration;

fn wrong_sum(d: Duration) -> Duration {
    d + 5 //~ ERROR E0308
}

fn wrong_elem() -> Rc<[u16]> {
    Rc::new([1u8, 2]) //~ ERROR E0308
}

fn main() {
    let mut s = String::from("x");
    let p = NonNull::from(&mut s);
    let q = p;
    let m = MaybeUninit::new(String::from("y"));
    let n = m;
    println!("{:?} {:?}", p.as_ptr(), q.as_ptr());
    let _again = m; //~ ERROR E0382
    drop(n);
    println!("{:?} {:?}", wrong_sum(Duration::ZERO), wrong_elem());
}
