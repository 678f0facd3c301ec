// `trait Any: 'static`, so `&dyn Any` is `&(dyn Any + 'static)`: asking it `is::<T>()` needs no
// longer borrow, and a borrowed value can never become such an object.
use std::any::Any;

fn is<T: Any>(x: &dyn Any) -> bool {
    x.is::<T>()
}

fn as_any(x: &i32) -> &dyn Any {
    x
}

fn borrowed_as_any<'a>(r: &'a &'a i32) -> &'a dyn Any {
    r //~ ERROR lifetime may not live long enough
}

fn main() {
    let n = 5;
    println!("{} {} {}", is::<i32>(&n), as_any(&n).is::<i32>(), borrowed_as_any(&&n).is::<u8>());
}
