// Accepted: the shared borrow ends at its last use (non-lexical lifetimes), before the push.
fn main() {
    let mut scores = vec![10, 20, 30];
    let best = &scores[0];
    println!("best score: {}", best);
    scores.push(40);
    println!("{} scores", scores.len());
}
