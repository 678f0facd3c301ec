// A generic call's argument is checked against, and coerced to, what the expected result type
// says it must be (rustc's expected inputs for the expected output): the inner `Box::new` is
// unsized to `Box<dyn Fn()>`, `&String` in `Some(..)` becomes `&str`, an array reference a slice.
use std::fmt::Display;

fn main() {
    let name = String::from("a");
    let nested: Box<Box<dyn Fn()>> = Box::new(Box::new(|| {}));
    let maybe: Option<Box<dyn Fn() -> i32>> = Some(Box::new(|| 1));
    let text: Option<&str> = Some(&name);
    let items: Result<&[i32], ()> = Ok(&[1, 2]);
    let shown: Option<Option<&dyn Display>> = Some(Some(&3));
    nested();
    println!("{:?} {:?} {}", text, items, maybe.map_or(0, |f| f()));
    if let Some(Some(s)) = shown {
        println!("{}", s);
    }
}
