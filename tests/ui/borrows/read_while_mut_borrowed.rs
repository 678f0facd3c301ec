fn main() {
    let mut s = String::from("log");
    let w = &mut s;
    println!("{}", s); //~ ERROR E0502
    w.push('!');
}
