// `overflowing_literals` is deny-by-default: a literal outside its type's range is an error
// (reported, like every late lint, only when nothing else failed). `#[allow]` silences it.
fn bytes() -> (u8, i8, i8) {
    let top: u8 = 255;
    let low: i8 = -128;
    let neg = -(127i8);
    (top, low, neg)
}

#[allow(overflowing_literals)]
fn wraps() -> u8 {
    256
}

fn main() {
    let big: u8 = 256; //~ ERROR overflowing_literals
    let small: i8 = -129; //~ ERROR overflowing_literals
    let typed = 300u16 as u8;
    let suffixed = 70000u16; //~ ERROR overflowing_literals
    let huge: f32 = 1e39; //~ ERROR overflowing_literals
    println!("{} {} {} {} {} {:?} {}", big, small, typed, suffixed, huge, bytes(), wraps());
}
