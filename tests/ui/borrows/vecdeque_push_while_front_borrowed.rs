use std::collections::VecDeque;

fn main() {
    let mut queue: VecDeque<u32> = VecDeque::new();
    queue.push_back(1);
    let front = queue.front();
    queue.push_back(2); //~ ERROR E0502
    println!("{:?}", front);
}
