fn main() {
    let v = vec![String::from("a")];
    let n = v.len();
    println!("{}", *n); //~ ERROR E0614
}
