//@ polonius
// NLL's problem case #3: a borrow returned on one path only. NLL keeps it for the whole function
// (E0499 twice); Polonius sees that on the other path it is dead.
fn first_even(scores: &mut Vec<u32>) -> &mut u32 {
    for s in scores.iter_mut() {
        if *s % 2 == 0 {
            return s;
        }
    }
    scores.push(0);
    scores.last_mut().unwrap()
}

fn main() {
    let mut v = vec![3, 5, 8];
    *first_even(&mut v) += 1;
    println!("{:?}", v);
}
