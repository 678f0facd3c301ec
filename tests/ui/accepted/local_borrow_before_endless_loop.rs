// A short-lived borrow before an endless loop is fine: nothing requires it to outlive the body.
fn spin() {
    let n = 7;
    let r = &n;
    println!("{}", r);
    loop {}
}

fn main() {
    let _ = spin as fn();
}
