struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn detach(node: &mut Node) -> Option<Box<Node>> {
    node.next //~ ERROR E0507
}

fn main() {
    let mut head = Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) };
    let rest = detach(&mut head);
    println!("{} {}", head.value, rest.is_some());
}
