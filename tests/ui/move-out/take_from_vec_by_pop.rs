fn main() {
    let mut stack = vec![String::from("a"), String::from("b")];
    let top = stack.pop();
    match top {
        Some(s) => println!("popped {}", s),
        None => println!("empty"),
    }
    println!("{}", stack.len());
}
