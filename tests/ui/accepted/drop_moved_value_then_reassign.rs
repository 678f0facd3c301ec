fn main() {
    let mut current = vec![1, 2, 3];
    let view = &current;
    println!("{:?}", view);
    drop(current);
    current = vec![4];
    println!("{:?}", current);
}
