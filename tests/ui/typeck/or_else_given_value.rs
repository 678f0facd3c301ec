// `Option::or_else` takes a closure producing the fallback, not the fallback itself.
fn main() {
    let first: Option<u32> = None;
    let v = first.or_else(Some(3)); //~ ERROR E0277
    println!("{v:?}");
}
