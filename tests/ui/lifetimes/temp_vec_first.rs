fn main() {
    let n = 7;
    let first = vec![n, n + 1, n + 2].first(); //~ ERROR E0716
    println!("{:?}", first);
}
