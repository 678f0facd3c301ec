use std::fmt::Debug;

struct Guard<'a, T: Debug> {
    value: &'a T,
}

impl<'a, T: Debug> Drop for Guard<'a, T> {
    fn drop(&mut self) {
        println!("{:?}", self.value);
    }
}

struct Cell<T>(T);

impl Drop for Cell<String> { //~ ERROR E0366
    fn drop(&mut self) {}
}

struct Twin<A, B>(A, B);

impl<X> Drop for Twin<X, X> { //~ ERROR E0366
    fn drop(&mut self) {}
}

struct Plain<T>(T);

impl<T: Clone> Drop for Plain<T> { //~ ERROR E0367
    fn drop(&mut self) {}
}

struct Span<'a, 'b>(&'a u8, &'b u8);

impl<'a, 'b> Drop for Span<'a, 'b>
where
    'a: 'b, //~^^ ERROR E0367
{
    fn drop(&mut self) {}
}

fn main() {
    let v = 1;
    let _g = Guard { value: &v };
}
