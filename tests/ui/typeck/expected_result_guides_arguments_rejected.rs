// The expected result fixes the inputs, so an argument of another element type is a mismatch; a
// where clause on `P::Out` is checked at the call; a turbofish left open needs annotations.
use std::any::Any;

trait Produce {
    type Out;
    fn make(&self) -> Self::Out;
}

struct Plain;

impl Produce for u8 {
    type Out = Plain;
    fn make(&self) -> Plain {
        Plain
    }
}

fn show<P: Produce>(p: P) -> String
where
    P::Out: std::fmt::Debug,
{
    format!("{:?}", p.make())
}

fn wrong_elem() -> Option<&'static [u16]> {
    Some(&[1u8, 2]) //~ ERROR E0308
}

fn open_turbofish(b: Box<dyn Any>) {
    b.downcast_ref::<Vec<_>>(); //~ ERROR E0282
}

fn main() {
    println!("{}", show(1u8)); //~ ERROR E0277
    println!("{:?}", wrong_elem());
    open_turbofish(Box::new(1));
}
