// NonNull, MaybeUninit, ptr::drop_in_place / copy_nonoverlapping, mem::{align_of, zeroed, needs_drop,
// discriminant}, std::time::{Duration, Instant}, hint::black_box, and smart pointers unsizing like Box.
use std::fmt::Debug;
use std::mem::{self, ManuallyDrop, MaybeUninit};
use std::ptr::{self, NonNull};
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Debug)]
enum Shape {
    Dot,
    Line,
}

fn main() {
    let mut x = 5u32;
    let p = NonNull::from(&mut x);
    let copy = p;
    unsafe { *copy.as_ptr() += 1 };
    println!("{} {:?}", x, p == copy);

    let mut slot = MaybeUninit::<String>::uninit();
    slot.write(String::from("hi"));
    let s = unsafe { slot.assume_init() };

    let mut md = ManuallyDrop::new(vec![1, 2]);
    unsafe { ptr::drop_in_place(&mut *md as *mut Vec<i32>) };
    let src = [1u8, 2, 3];
    let mut dst = [0u8; 3];
    unsafe { ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr(), 3) };

    let z: u64 = unsafe { mem::zeroed() };
    let same = mem::discriminant(&Shape::Line) == mem::discriminant(&Shape::Dot);
    println!("{} {} {} {} {:?}", s, mem::align_of::<u64>(), mem::needs_drop::<String>(), same, Shape::Dot);

    let start = Instant::now();
    let d = Duration::from_millis(1500) + Duration::new(1, 0);
    let mut total = Duration::ZERO;
    total += d;
    println!("{} {} {:?} {:?}", z, total.as_secs(), start.elapsed() >= Duration::ZERO, std::hint::black_box(dst));

    let r: Rc<[u8]> = Rc::new([1, 2, 3]);
    let a: Arc<dyn Debug + Send + Sync> = Arc::new(7);
    let b: Option<NonNull<[u8]>> = Some(NonNull::from(&mut dst));
    println!("{:?} {:?} {}", r, a, b.is_some());
}
