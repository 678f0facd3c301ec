// Strings are indexed by byte ranges, never by a single position.
fn main() {
    let word = "hello";
    let first = &word[0..1];
    let c = word[0]; //~ ERROR E0277
    println!("{first} {c}");
}
