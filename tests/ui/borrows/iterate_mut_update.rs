fn main() {
    let mut prices = vec![10, 20, 30];
    for p in &mut prices {
        *p += 1;
    }
    for i in 0..prices.len() {
        prices[i] *= 2;
    }
    let mut total = 0;
    for p in &prices {
        total += *p;
    }
    println!("{:?} {}", prices, total);
}
