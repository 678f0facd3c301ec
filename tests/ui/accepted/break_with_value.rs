fn main() {
    let data = vec![3, 8, 12, 5];
    let mut i = 0;
    let found = loop {
        if i == data.len() {
            break None;
        }
        if data[i] > 10 {
            break Some(data[i]);
        }
        i += 1;
    };
    println!("{:?}", found);
}
