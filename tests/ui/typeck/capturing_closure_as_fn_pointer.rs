fn apply(f: fn(i32) -> i32, v: i32) -> i32 {
    f(v)
}

fn main() {
    let offset = 10;
    let plain = |x: i32| x + 1;
    let shifted = |x: i32| x + offset;
    println!("{}", apply(plain, 1));
    println!("{}", apply(shifted, 1)); //~ ERROR E0308
}
