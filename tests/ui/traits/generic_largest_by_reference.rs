fn largest<T: PartialOrd>(items: &[T]) -> &T {
    let mut best = &items[0];
    for item in items {
        if item > best {
            best = item;
        }
    }
    best
}

fn main() {
    let words = vec![String::from("pear"), String::from("zucchini"), String::from("apple")];
    let top = largest(&words);
    println!("{}", top);
    let nums = [3, 9, 2];
    println!("{}", largest(&nums));
    println!("{}", words.len());
}
