// The return type `Self::Out` normalises to `&'a str` with the impl's `'a`: returning a borrow
// of a local through it is returning a reference to data owned by the function.
struct Source<'a>(&'a str);

trait Produce {
    type Out;
    fn produce(self) -> Self::Out;
}

impl<'a> Produce for Source<'a> {
    type Out = &'a str;
    fn produce(self) -> Self::Out {
        let owned = String::from("x");
        &owned //~ ERROR E0515
    }
}

fn main() {
    println!("{}", Source("a").produce());
}
