fn scaler(factor: i32) -> impl Fn(i32) -> i32 {
    |x| x * factor //~ ERROR E0373
}

fn main() {
    let triple = scaler(3);
    println!("{}", triple(2));
}
