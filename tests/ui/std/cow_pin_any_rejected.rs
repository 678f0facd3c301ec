// A borrowed Cow keeps its referent borrowed; `Pin::new` needs an `Unpin` pointee; downcasting a box moves it.
use std::any::Any;
use std::borrow::Cow;
use std::marker::PhantomPinned;
use std::pin::Pin;

struct Fixed {
    _pin: PhantomPinned,
}

fn pin_fixed(f: &mut Fixed) {
    let _p = Pin::new(f); //~ ERROR E0277
}

fn wrong_downcast(b: &dyn Any) {
    let _x: Option<&u8> = b.downcast_ref::<i32>(); //~ ERROR E0308
}

fn main() {
    let c: Cow<str>;
    {
        let s = String::from("short");
        c = Cow::Borrowed(s.as_str()); //~ ERROR E0597
    }
    println!("{}", c);
    let b: Box<dyn Any> = Box::new(1u8);
    let r = b.downcast::<u8>();
    println!("{:?} {:?}", r.is_ok(), b); //~ ERROR E0382
    let mut f = Fixed { _pin: PhantomPinned };
    pin_fixed(&mut f);
    wrong_downcast(&1u8);
}
