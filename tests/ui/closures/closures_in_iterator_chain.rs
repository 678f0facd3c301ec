fn main() {
    let threshold = 3;
    let words = vec![String::from("tree"), String::from("ox"), String::from("river")];
    let mut rejected = 0;
    let long: Vec<&String> = words
        .iter()
        .filter(|w| {
            let keep = w.len() > threshold;
            if !keep {
                rejected += 1;
            }
            keep
        })
        .collect();
    println!("{:?} {} {}", long, rejected, words.len());
}
