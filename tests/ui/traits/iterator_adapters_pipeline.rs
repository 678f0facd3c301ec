fn main() {
    let names = vec!["ann", "bob", "cy"];
    let ages = vec![31, 25, 40];
    let pairs: Vec<(usize, String)> = names
        .iter()
        .zip(ages.iter())
        .filter(|(_, age)| **age > 26)
        .map(|(n, a)| format!("{}:{}", n, a))
        .enumerate()
        .collect();
    let total: i32 = ages.iter().sum();
    let longest = names.iter().fold(0, |acc, n| acc.max(n.len()));
    println!("{:?} {} {}", pairs, total, longest);
}
