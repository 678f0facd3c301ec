// A closure's argument borrowed for the call only (the `Fn` bound binds its lifetime) must not be
// stored into a captured variable: the body cannot prove the argument outlives the capture.
fn each_line<F: FnMut(&str)>(mut f: F) {
    let owned = String::from("a line");
    f(&owned);
}

fn main() {
    let mut last: Option<&str> = None;
    each_line(|line| last = Some(line)); //~ ERROR E0521
    println!("{:?}", last);
}
