// A closure casts to a fn pointer only when it captures nothing.
fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let double = (|x: i32| x * 2) as fn(i32) -> i32;
    let offset = 10;
    let shifted = (move |x: i32| x + offset) as fn(i32) -> i32; //~ ERROR E0605
    println!("{} {}", apply(double, 1), apply(shifted, 2));
}
