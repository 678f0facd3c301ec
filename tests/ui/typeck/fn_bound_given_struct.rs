// A user struct where an `Fn(i32) -> i32` is expected: only closures, fn items and fn pointers qualify.
struct Doubler;

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let r = apply(Doubler, 4); //~ ERROR E0277
    println!("{r}");
}
