fn main() {
    let mut buf = String::new();
    for i in 0..3 {
        buf.push_str("x");
        let done = buf;
        println!("{} {}", i, done);
        buf = String::new();
    }
    println!("{}", buf.len());
}
