fn push_twice(v: &mut Vec<u8>, b: u8) {
    v.push(b);
    v.push(b);
}

fn main() {
    let mut bytes = Vec::new();
    push_twice(&bytes, 7); //~ ERROR E0308
    println!("{:?}", bytes);
}
