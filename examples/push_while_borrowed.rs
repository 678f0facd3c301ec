// A shared borrow of `scores` is still in use when `push` needs a mutable one: rustc says E0502.
fn main() {
    let mut scores = vec![10, 20, 30];
    let best = &scores[0];
    scores.push(40);
    println!("best score: {}", best);
}
