fn main() {
    let mut stack = vec![String::from("a"), String::from("b"), String::from("c")];
    let mut seen = Vec::new();
    loop {
        match stack.pop() {
            Some(top) => seen.push(top),
            None => break,
        }
    }
    println!("{:?} {}", seen, stack.len());
}
