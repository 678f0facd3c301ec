fn classify(input: &[u8]) -> u32 {
    match input { //~ ERROR E0004
        b"yes" => 1,
        b"no" => 2,
    }
}

fn wide(input: &[u16]) -> bool {
    matches!(input, b"ok") //~ ERROR E0308
}

fn main() {
    println!("{} {}", classify(b"yes"), wide(&[1, 2]));
}
