// A temporary borrowed inside the closure and stored into a captured `&mut` reference escapes the
// closure (E0521), even though the capture is used again later in the body: what keeps the borrow
// alive is the capture's region, which the parent owns.
fn main() {
    let mut current: &mut Vec<u8> = &mut Vec::new();
    let mut reset = || {
        current = &mut Vec::with_capacity(4); //~ ERROR E0521
        current.push(1);
    };
    reset();
}
