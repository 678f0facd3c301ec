fn main() {
    let base = 10;
    let scale = 3;
    let f = move |x: i32| x * scale + base;
    println!("{} {} {}", f(1), base, scale);
}
