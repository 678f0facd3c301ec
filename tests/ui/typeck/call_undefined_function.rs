fn main() {
    let mut v = vec![3, 1, 2];
    v.sort();
    let m = median(&v); //~ ERROR E0425
    println!("{}", m);
}
