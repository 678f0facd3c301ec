fn main() {
    let items = vec![3, 1, 2]; //~ ERROR E0596
    items.sort();
    items.push(4);
    println!("{:?}", items);
}
