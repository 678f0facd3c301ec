struct Queue {
    items: Vec<String>,
}

impl Queue {
    fn into_items(self) -> Vec<String> {
        self.items
    }
}

fn main() {
    let q = Queue { items: vec![String::from("job")] };
    let head = &q.items[0];
    let all = q.into_items(); //~ ERROR E0505
    println!("{} {}", head, all.len());
}
