// `&Vec<T>` cannot become `&dyn Display`: `Vec` has no `Display` impl.
use std::fmt::Display;

fn main() {
    let v = vec![1, 2];
    let d: &dyn Display = &v; //~ ERROR E0277
    println!("{d}");
}
