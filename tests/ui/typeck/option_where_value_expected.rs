fn main() {
    let scores = vec![10, 20, 30];
    let best: i32 = scores.iter().max(); //~ ERROR E0308
    println!("{}", best);
}
