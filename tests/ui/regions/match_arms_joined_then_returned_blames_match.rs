// Two arms of different lifetimes meet in a fresh region, which the match then has to give to the
// return type: rustc blames the whole match, not the arm.
fn first_or_other<'a, 'b>(first: &'a [i32], other: &'b [i32]) -> &'a i32 {
    match first.first() { //~ ERROR lifetime may not live long enough
        Some(v) => v,
        None => &other[0],
    }
}

// With one arm the match has the return type itself and the arm is blamed.
fn only_other<'a, 'b>(other: &'b [i32], _first: &'a [i32]) -> &'a i32 {
    match other.first() {
        Some(v) => v, //~ ERROR lifetime may not live long enough
        None => panic!("empty"),
    }
}

fn main() {
    let a = [1];
    let b = [2];
    println!("{} {}", first_or_other(&a, &b), only_other(&b, &a));
}
