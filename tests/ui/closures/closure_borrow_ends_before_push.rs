fn main() {
    let mut v = vec![1, 2, 3];
    let contains = |x: i32| v.contains(&x);
    let has_two = contains(2);
    v.push(4);
    println!("{} {:?}", has_two, v);
}
