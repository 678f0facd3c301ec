// Assigning `*h.slot` (a `String` behind a `&mut` field) while it is borrowed: one E0506, though
// both the drop of the old value and the write conflict with the loan.
struct Holder<'a> {
    slot: &'a mut String,
}

fn main() {
    let mut s = String::from("a");
    let h = Holder { slot: &mut s };
    let r = &*h.slot;
    *h.slot = String::from("b"); //~ ERROR E0506
    println!("{}", r);
}
