fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

fn total(items: impl Iterator<Item = u32>) -> u32 {
    items.sum()
}

fn labels<'a>(words: &'a [String]) -> impl Iterator<Item = &'a str> + 'a {
    words.iter().map(|w| w.as_str())
}

fn main() {
    let words = vec![String::from("a"), String::from("b")];
    let joined: Vec<&str> = labels(&words).collect();
    println!("{} {:?}", total(evens(10)), joined);
}
