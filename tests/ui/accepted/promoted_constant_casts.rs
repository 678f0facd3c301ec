// Casts of constants are promoted like the constants themselves: borrows of them are `'static`.
struct Table(&'static [&'static [u8]]);

static NAMES: Table = Table(&[b"first" as &'static [u8], b"second" as &[u8]]);

fn widened() -> &'static i64 {
    &(7u8 as i64)
}

fn main() {
    let small: &'static u32 = &(300u16 as u32);
    println!("{} {} {}", NAMES.0.len(), widened(), small);
}
