fn classify(input: &[u8]) -> u32 {
    match input {
        b"yes" => 1,
        b"no" => 2,
        b"" => 3,
        [b'y', ..] => 4,
        _ => 0,
    }
}

fn exact(input: &[u8; 2]) -> bool {
    matches!(input, b"ok")
}

fn main() {
    let v = vec![b'n', b'o'];
    println!("{} {} {}", classify(&v), classify(b"yes"), exact(b"ok"));
    if let b"abc" = &v[..] {
        println!("abc");
    }
}
