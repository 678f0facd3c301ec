// The same program as polonius/conditional_return_from_loop.rs, checked by NLL: rejected.
fn first_even(scores: &mut Vec<u32>) -> &mut u32 {
    for s in scores.iter_mut() {
        if *s % 2 == 0 {
            return s;
        }
    }
    scores.push(0); //~ ERROR E0499
    scores.last_mut().unwrap() //~ ERROR E0499
}

fn main() {
    let mut v = vec![3, 5, 8];
    *first_even(&mut v) += 1;
    println!("{:?}", v);
}
