// A `u8` where a closure is expected: u8 implements no Fn trait in real std.
fn run<F: FnOnce() -> i32>(f: F) -> i32 {
    f()
}

fn main() {
    let n = run(9u8); //~ ERROR E0277
    println!("{n}");
}
