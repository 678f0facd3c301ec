fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let i: u8 = 1;
    let s = &v[i]; //~ ERROR E0277
    println!("{}", s);
}
