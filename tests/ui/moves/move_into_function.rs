fn total_len(items: Vec<i32>) -> usize {
    items.len()
}

fn main() {
    let items = vec![4, 5, 6];
    let n = total_len(items);
    println!("{} items, first {}", n, items[0]); //~ ERROR E0382
}
