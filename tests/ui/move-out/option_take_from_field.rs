struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn detach(node: &mut Node) -> Option<Box<Node>> {
    node.next.take()
}

fn main() {
    let mut head = Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) };
    let rest = detach(&mut head);
    match rest {
        Some(n) => println!("{} then {}", head.value, n.value),
        None => println!("{}", head.value),
    }
}
