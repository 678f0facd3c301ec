// A local borrowed into a `'static` field stays borrowed through an endless loop: the loop's
// false unwind edge still reaches the end of the function, where the local dies.
struct Holder {
    r: &'static u8,
}

fn spin() {
    let n = 7;
    let h = Holder { r: &n }; //~ ERROR E0597
    let _ = h.r;
    loop {}
}

fn main() {
    let _ = spin as fn();
}
