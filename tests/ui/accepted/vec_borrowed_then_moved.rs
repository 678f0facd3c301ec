fn total(v: Vec<u32>) -> u32 {
    let mut t = 0;
    for x in v {
        t += x;
    }
    t
}

fn main() {
    let v = vec![1, 2, 3];
    let mut max = 0;
    for x in &v {
        if *x > max {
            max = *x;
        }
    }
    println!("{} {}", max, total(v));
}
