fn call_twice<F: Fn() -> usize>(f: F) -> usize {
    f() + f()
}

fn repeat<F: FnMut()>(mut f: F, n: u32) {
    for _ in 0..n {
        f();
    }
}

fn finish<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let s = String::from("abc");
    let doubled = call_twice(|| s.len());
    let mut log = Vec::new();
    repeat(|| log.push(doubled), 3);
    let out = finish(move || s + "!");
    println!("{} {:?} {}", doubled, log, out);
}
