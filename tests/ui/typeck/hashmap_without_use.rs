fn main() {
    let mut counts = HashMap::new(); //~ ERROR E0433
    counts.insert("a", 1);
    println!("{:?}", counts);
}
