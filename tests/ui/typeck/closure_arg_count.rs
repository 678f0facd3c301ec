// Calling a closure or an `Fn`-bounded value with the wrong number of arguments is E0057 (a
// function or fn pointer is E0061).
fn apply<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(1, 2) //~ ERROR E0057
}

fn boxed(f: Box<dyn Fn(u8, u8) -> u8>) -> u8 {
    f(1) //~ ERROR E0057
}

fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let double = |x: i32| x * 2;
    let _ = double(1, 2); //~ ERROR E0057
    let _ = add(1); //~ ERROR E0061
    let p: fn(i32, i32) -> i32 = add;
    let _ = p(1, 2, 3); //~ ERROR E0061
}
