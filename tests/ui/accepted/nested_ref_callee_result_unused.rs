// Same callee, but the result is dead before the assignment: no borrow is live there.
fn outer<'o, 'i, T>(r: &'o &'i T) -> &'o T {
    *r
}

fn main() {
    let mut word = String::from("a");
    let first = &word;
    let second = &first;
    let got = outer(second);
    println!("{}", got);
    word = String::from("b");
    println!("{}", word);
}
