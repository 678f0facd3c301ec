// Two `let … else` statements moving out of the same borrowed place: each statement matches its
// own initialiser, so each is its own E0507, however alike their places are.
fn main() {
    let slot: &mut Option<String> = &mut Some(String::from("a"));
    let Some(first) = *slot else { return; }; //~ ERROR E0507
    let Some(second) = *slot else { return; }; //~ ERROR E0507
    println!("{} {}", first, second);
}
