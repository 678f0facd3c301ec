fn repeat_into(dst: &mut String, piece: &str, times: usize) {
    for _ in 0..times {
        dst.push_str(piece);
    }
}

fn push_twice(v: &mut Vec<u8>, b: u8) {
    v.push(b);
    v.push(b);
}

fn main() {
    let mut out = String::new();
    repeat_into(&mut out, "ab", 2);
    let mut names = vec![String::from("b")];
    names.insert(0, String::from("a"));
    let mut bytes = Vec::new();
    push_twice(&mut bytes, 7);
    println!("{} {:?} {:?}", out, names, bytes);
}
