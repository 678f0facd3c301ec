struct Stack<T> {
    items: Vec<T>,
}

impl<T: Clone> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, item: T) -> &mut Self {
        self.items.push(item);
        self
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
}

fn main() {
    let mut s: Stack<String> = Stack::new();
    s.push(String::from("a")).push(String::from("b"));
    let top = s.peek().cloned();
    let popped = s.pop();
    println!("{:?} {:?} {}", top, popped, s.items.len());
}
