struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn top(&self) -> Option<&Elem> { //~ ERROR E0425
        self.items.last()
    }
}

fn main() {
    let s = Stack { items: vec![1] };
    println!("{:?}", s.top());
}
