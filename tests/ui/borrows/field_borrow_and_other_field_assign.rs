struct Entry {
    key: String,
    hits: u32,
}

fn main() {
    let mut e = Entry { key: String::from("k"), hits: 0 };
    let k = &e.key;
    e.hits += 1;
    e.hits = e.hits * 2;
    println!("{} {}", k, e.hits);
}
