fn main() {
    let (w, h) = (3, 4);
    w = w * 2; //~ ERROR E0384
    println!("{} {}", w, h);
}
