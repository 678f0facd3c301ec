// An argument whose lifetime the parent infers (an iterator's `Item`) is not the closure's own:
// storing it into a capture only asks the parent that the borrow live long enough, which it does.
fn main() {
    let words = vec![String::from("a"), String::from("bb")];
    let mut longest: Option<&String> = None;
    words.iter().for_each(|w| {
        if longest.map_or(true, |l| l.len() < w.len()) {
            longest = Some(w);
        }
    });
    println!("{:?}", longest);
}
