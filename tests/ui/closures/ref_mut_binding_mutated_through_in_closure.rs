// Through a `ref mut` binding a closure may mutate the referent: the binding itself is not
// assigned, so it needs no `mut`.
fn main() {
    let mut list: Vec<i32> = vec![2, 6];
    let ref mut r = list;
    let mut grow = || r.push(1);
    grow();
    println!("{:?}", r);
}
