// The callee's argument type `&'o &'i T` is only well-formed if `'i: 'o`: at the call the
// inner borrow must last as long as the returned reference, so it blocks the assignment.
fn outer<'o, 'i, T>(r: &'o &'i T) -> &'o T {
    *r
}

fn main() {
    let mut word = String::from("a");
    let first = &word;
    let second = &first;
    let got = outer(second);
    word = String::from("b"); //~ ERROR E0506
    println!("{} {}", got, word);
}
