// Const initialisers are evaluated at compile time: a panic, an overflow or an out-of-bounds
// index during the evaluation is an error at the const, pointing into the const fn that failed.
const fn checked_percent(n: u32) -> u32 {
    if n > 100 {
        panic!("over a hundred");
    }
    n
}

const fn scale(a: u8, b: u8) -> u8 {
    a * b
}

const TABLE: [u16; 4] = [1, 2, 4, 8];

const FINE: u32 = checked_percent(40);
const SMALL: u8 = scale(3, 4);
const TOO_MUCH: u32 = checked_percent(140); //~ ERROR E0080
const WIDE: u8 = scale(16, 16); //~ ERROR E0080
const FIFTH: u16 = TABLE[4]; //~ ERROR E0080
const HALF: i32 = 7 / (2 - 2); //~ ERROR E0080

fn main() {
    println!("{} {} {} {} {} {}", FINE, SMALL, TOO_MUCH, WIDE, FIFTH, HALF);
}
