fn double(x: i32) -> i32 {
    x * 2
}

fn apply(f: &fn(i32) -> i32, v: i32) -> i32 {
    f(v)
}

fn main() {
    let r = &double;
    let p: fn(i32) -> i32 = double;
    println!("{} {}", r(3), apply(&p, 4));
}
