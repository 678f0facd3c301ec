// A raw pointer taken from a borrow ends that borrow at once: moving the owner is allowed.
fn main() {
    let s = String::from("hi");
    let p = &s as *const String;
    let t = s;
    println!("{} {:?}", t, p.is_null());
}
