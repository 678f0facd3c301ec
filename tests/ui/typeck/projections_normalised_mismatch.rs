use std::ops::Deref;

trait Same {
    type It;
}

impl<T> Same for T {
    type It = T;
}

fn need<D: Deref<Target = u8>>(_d: D) {}

fn main() {
    let a: <u32 as Same>::It = "five"; //~ ERROR E0308
    need(&5u16); //~ ERROR E0271
    need(Box::new(5u8));
    println!("{}", a);
}
