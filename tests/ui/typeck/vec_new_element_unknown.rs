fn main() {
    let v = Vec::new(); //~ ERROR E0282
    let n = v.len();
    println!("{}", n);
}
