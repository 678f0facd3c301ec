struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let head = Node { value: 1, next: Some(Box::new(Node { value: 2, next: Some(Box::new(Node { value: 3, next: None })) })) };
    let mut cur = &head;
    let mut total = cur.value;
    loop {
        match &cur.next {
            Some(b) => {
                cur = b;
                total += cur.value;
            }
            None => break,
        }
    }
    println!("{}", total);
}
