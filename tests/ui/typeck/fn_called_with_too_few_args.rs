fn repeat_into(dst: &mut String, piece: &str, times: usize) {
    for _ in 0..times {
        dst.push_str(piece);
    }
}

fn main() {
    let mut out = String::new();
    repeat_into(&mut out, "ab"); //~ ERROR E0061
    println!("{}", out);
}
