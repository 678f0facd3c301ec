fn main() {
    let mut scores = vec![3, 4, 5];
    for s in scores.iter_mut() {
        *s += scores.len() as i32; //~ ERROR E0502
    }
    println!("{:?}", scores);
}
