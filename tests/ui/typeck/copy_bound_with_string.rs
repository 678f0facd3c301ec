fn duplicate<T: Copy>(x: T) -> (T, T) {
    (x, x)
}

fn main() {
    let s = String::from("twice");
    let pair = duplicate(s); //~ ERROR E0277
    println!("{:?}", pair);
}
