// A closure that captures a String by value is not Copy: moving it makes the outer closure
// FnOnce, which is fine when it is called once. A closure of Copy captures stays Copy.
fn main() {
    let s = String::new();
    let inner = move || {
        let _n = s.len();
    };
    let outer = move || {
        drop(inner);
    };
    outer();
    let n = 5;
    let add = move || n + 1;
    let call = move || add();
    println!("{} {}", call(), add());
}
