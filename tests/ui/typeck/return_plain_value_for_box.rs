fn boxed_double(n: i32) -> Box<i32> {
    let d = n * 2;
    d //~ ERROR E0308
}

fn main() {
    let b = boxed_double(21);
    println!("{}", b);
}
