// rustc reports one use-of-moved error per set of moves: a later use of the same moved value
// replaces the earlier report (found by the fuzzer).
fn consume(b: Box<i32>) -> i32 {
    *b
}

fn peek(b: &Box<i32>) -> i32 {
    **b
}

fn main() {
    let mut boxed = Box::new(7);
    consume(boxed);
    peek(&boxed);
    *boxed = *boxed + 1; //~ ERROR E0382
}
