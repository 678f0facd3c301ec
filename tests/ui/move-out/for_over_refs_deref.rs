fn main() {
    let lines = vec![String::from("a"), String::from("b")];
    let mut out = Vec::new();
    for line in &lines {
        out.push(*line); //~ ERROR E0507
    }
    println!("{:?}", out);
}
