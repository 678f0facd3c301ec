fn total(v: Vec<i32>) -> i32 {
    let mut sum = 0;
    for x in v {
        sum += x;
    }
    sum
}

fn main() {
    let v = vec![1, 2, 3];
    let t = total(&v); //~ ERROR E0308
    println!("{} {:?}", t, v);
}
