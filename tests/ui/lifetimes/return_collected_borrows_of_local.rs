// Collecting borrows of a local into the returned value: the result is returned, so rustc
// reports a return of data owned by the function (E0515), not a local dropped too early.
fn words<'a>() -> Vec<&'a str> {
    let text = String::from("one two");
    text.split(' ').map(|w| w.trim()).collect() //~ ERROR E0515
}

fn main() {
    println!("{:?}", words());
}
