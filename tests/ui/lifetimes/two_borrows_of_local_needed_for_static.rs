// Two borrows of one local that both must live for `'static`: the local's end of scope reports
// one, and leaving the function by unwinding from a call (where no StorageDead runs) finds both
// still live, so rustc reports each borrow.
fn keep(_: &'static i32) {}

fn main() {
    let y = 3;
    let a = &y; //~ ERROR E0597
    let b = &y; //~ ERROR E0597
    keep(a);
    keep(b);
}
