// Returning the borrowed field through `Self::Out` (= `&'a str`) is fine.
struct Source<'a>(&'a str);

trait Produce {
    type Out;
    fn produce(self) -> Self::Out;
}

impl<'a> Produce for Source<'a> {
    type Out = &'a str;
    fn produce(self) -> Self::Out {
        self.0
    }
}

fn main() {
    let text = String::from("a");
    println!("{}", Source(&text).produce());
}
