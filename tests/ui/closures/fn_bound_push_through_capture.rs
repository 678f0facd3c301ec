fn apply_twice<F: Fn()>(f: F) {
    f();
    f();
}

fn main() {
    let mut log = Vec::new();
    apply_twice(|| log.push("tick")); //~ ERROR E0596
    println!("{:?}", log);
}
