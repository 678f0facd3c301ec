// std::mem::transmute needs source and target of one size (E0512): scalars, pointers, arrays,
// tuples and plain structs have sizes the checker computes; a transmute between equal sizes is fine.
use std::mem;

struct Pair {
    a: u32,
    b: u16,
}

fn same_sizes() -> (u32, usize, [u8; 8], &'static [u8]) {
    let bytes: [u8; 4] = unsafe { mem::transmute(7u32) };
    let word: u32 = unsafe { mem::transmute(bytes) };
    let addr: usize = unsafe { mem::transmute(&bytes) };
    let pair: [u8; 8] = unsafe { mem::transmute(Pair { a: 1, b: 2 }) };
    let empty: &[u8] = unsafe { mem::transmute((1usize, 0usize)) };
    (word, addr, pair, empty)
}

fn widen(x: u32) -> u64 {
    unsafe { mem::transmute(x) } //~ ERROR E0512
}

fn shrink(p: Pair) -> u32 {
    unsafe { std::mem::transmute::<Pair, u32>(p) } //~ ERROR E0512
}

fn main() {
    let v = vec![1];
    let w = v;
    println!("{:?} {:?} {} {}", w, same_sizes(), widen(1), shrink(Pair { a: 1, b: 2 }));
}
