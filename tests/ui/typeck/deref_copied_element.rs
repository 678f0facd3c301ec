fn main() {
    let v = vec![1, 2, 3];
    let mut sum = 0;
    for x in v.iter().copied() {
        sum += *x; //~ ERROR E0614
    }
    println!("{}", sum);
}
