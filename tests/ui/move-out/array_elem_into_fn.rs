fn sum(v: Vec<i32>) -> i32 {
    let mut total = 0;
    for x in v {
        total += x;
    }
    total
}

fn main() {
    let rows = [vec![1, 2], vec![3, 4]];
    println!("{}", sum(rows[1])); //~ ERROR E0508
}
