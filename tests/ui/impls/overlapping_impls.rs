// Two impls of one trait whose headers unify, lifetimes ignored, conflict (E0119), including
// with std's `impl<T> From<T> for T`. Impls kept apart by their types do not.
trait Describe {
    fn describe(&self) -> String {
        String::from("thing")
    }
}

struct Unit;
impl Describe for Unit {}
impl Describe for Unit {} //~ ERROR E0119

impl Describe for &'static str {}
impl<'a> Describe for &'a str {} //~ ERROR E0119

struct Boxed<X>(X);
impl Describe for Boxed<u8> {}
impl Describe for Boxed<u16> {}
impl<X> Describe for Boxed<(X, bool)> {}
impl<X> Describe for Boxed<(bool, X)> {} //~ ERROR E0119

struct Celsius(f64);
impl From<Celsius> for Celsius { //~ ERROR E0119
    fn from(c: Celsius) -> Celsius {
        c
    }
}
impl From<u8> for Celsius {
    fn from(x: u8) -> Celsius {
        Celsius(x as f64)
    }
}
impl From<u16> for Celsius {
    fn from(x: u16) -> Celsius {
        Celsius(x as f64)
    }
}

trait Convert<P> {}
impl<P> Convert<P> for Unit {}
impl Convert<u8> for Unit {} //~ ERROR E0119
impl Convert<u8> for Celsius {}

// A derive next to a hand-written impl of the same trait: the derive is the conflicting one.
#[derive(Clone, Debug)] //~ ERROR E0119
struct Point(i32, i32);

impl Clone for Point {
    fn clone(&self) -> Self {
        Point(self.0, self.1)
    }
}

#[derive(Clone)] //~ ERROR E0119
struct Slot<T>(T);

impl<T> Clone for Slot<T> {
    fn clone(&self) -> Self {
        unimplemented!()
    }
}

fn main() {
    println!("{}", Unit.describe());
}
