// The inner closure borrows the outer closure's argument and is returned from it: the borrow
// would outlive the outer call.
fn main() {
    let totals: Vec<i32> = vec![1, 2].into_iter().flat_map(|n| [0, 1].into_iter().map(move |k| k + n)).collect();
    let refs: Vec<&i32> = [1, 2].iter().flat_map(|n| [0].iter().map(|_| &n)).map(|r| *r).collect(); //~ ERROR E0373
    println!("{:?} {:?}", totals, refs);
}
