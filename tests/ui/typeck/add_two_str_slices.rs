fn main() {
    let first = "own";
    let second = "ership";
    let joined = first + second; //~ ERROR E0369
    println!("{}", joined);
}
