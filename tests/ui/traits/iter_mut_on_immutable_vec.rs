fn main() {
    let prices = vec![10, 20, 30];
    for p in prices.iter_mut() { //~ ERROR E0596
        *p += 1;
    }
    println!("{:?}", prices);
}
