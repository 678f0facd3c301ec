fn main() {
    let maybe: Option<Vec<i32>> = Some(vec![1, 2]);
    let first = maybe[0]; //~ ERROR E0608
    println!("{}", first);
}
