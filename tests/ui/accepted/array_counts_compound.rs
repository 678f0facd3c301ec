fn main() {
    let mut counts = [0u32; 4];
    let data = [1, 3, 3, 0, 1, 3];
    for d in data {
        counts[d] += 1;
    }
    let c = &counts;
    println!("{:?} {}", c, c[3]);
}
