fn run<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut count = 0;
    run(|| count += 1); //~ ERROR E0594
    println!("{}", count);
}
