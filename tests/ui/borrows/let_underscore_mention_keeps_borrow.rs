// `let _ = r;` reads nothing but still mentions `r`: the borrow it holds is live up to there.

fn mention_after_assign() {
    let mut total = 1;
    let r = &total;
    total += 1; //~ ERROR E0506
    let _ = r;
    println!("{}", total);
}

fn mention_before_assign() {
    let mut total = 1;
    let r = &total;
    let _ = r;
    total += 1;
    println!("{}", total);
}

fn main() {
    mention_after_assign();
    mention_before_assign();
}
