fn main() {
    let mut words = vec![String::from("ccc"), String::from("a"), String::from("bb")];
    words.sort_by_key(|w| w.len());
    let min_len = 2;
    words.retain(|w| w.len() >= min_len);
    println!("{:?}", words);
}
