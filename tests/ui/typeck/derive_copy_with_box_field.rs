#[derive(Debug, Clone, Copy)]
struct Node { //~ ERROR E0204
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let n = Node { value: 1, next: None };
    println!("{:?}", n);
}
