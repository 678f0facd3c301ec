fn main() {
    let mut s = String::with_len(16); //~ ERROR E0599
    s.push('x');
    println!("{}", s);
}
