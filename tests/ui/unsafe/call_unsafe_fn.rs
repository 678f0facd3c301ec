unsafe fn danger(p: *const u8) -> u8 {
    unsafe { *p }
}

fn main() {
    let b = 7u8;
    let v = danger(&b); //~ ERROR E0133
    let w = unsafe { danger(&b) };
    println!("{} {}", v, w);
}
