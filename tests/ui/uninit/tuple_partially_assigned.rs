fn main() {
    let pair: (i32, i32);
    pair.0 = 1; //~ ERROR E0381
    pair.1 = 2;
    println!("{:?}", pair);
}
