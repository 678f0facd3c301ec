// Two fields of a union share memory: borrowing one conflicts with the other.
#[derive(Clone, Copy)]
union Bits {
    word: u32,
    bytes: [u8; 4],
}

fn main() {
    let mut b = Bits { word: 0x01020304 };
    let w = unsafe { &b.word };
    let bytes = unsafe { &mut b.bytes }; //~ ERROR E0502
    bytes[0] = 9;
    println!("{}", w);
}
