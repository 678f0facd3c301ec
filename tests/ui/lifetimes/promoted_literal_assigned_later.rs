// A borrow of a literal is promoted to a 'static constant, also when it is assigned to an
// already declared reference rather than used as a `let` initialiser (found by the fuzzer).
fn show(n: i32) {
    println!("{}", n);
}

fn main() {
    let r: &i32;
    r = &8;
    show(*r);
    let mut best = &0;
    for v in [3, 1, 2] {
        if v > *best {
            best = &10;
        }
    }
    show(*best);
}
