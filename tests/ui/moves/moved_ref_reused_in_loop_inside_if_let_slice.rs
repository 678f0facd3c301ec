// Two uses of a moved `&mut`: inside a `for` body under an `if let [..]`, and after the `if`.
// rustc visits the body first (the `if let`'s false edge to its else path puts the join later),
// reports that borrow, and the later use of the same move is not reported again.
fn total(v: &Vec<i32>) -> i32 {
    v.iter().sum()
}

fn main() {
    let original: &mut Vec<i32> = &mut vec![1, 2];
    let moved = original;
    if let [first, ..] = moved.as_slice() {
        for item in moved.iter() {
            println!("{} {} {}", first, item, total(&*original)); //~ ERROR E0382
        }
    }
    total(original);
}
