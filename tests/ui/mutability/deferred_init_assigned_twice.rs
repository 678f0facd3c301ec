fn main() {
    let mode: &str;
    mode = "fast";
    println!("{}", mode);
    mode = "slow"; //~ ERROR E0384
    println!("{}", mode);
}
