// `Vec` has no `Display` impl in std, through a reference either.
use std::fmt::Display;

fn show<T: Display>(t: T) -> String {
    format!("<{t}>")
}

fn main() {
    let v = vec![1u8, 2];
    let s = show(&v); //~ ERROR E0277
    println!("{s}");
}
