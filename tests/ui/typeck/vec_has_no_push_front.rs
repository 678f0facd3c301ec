fn main() {
    let mut queue = vec![2, 3];
    queue.push_front(1); //~ ERROR E0599
    println!("{:?}", queue);
}
