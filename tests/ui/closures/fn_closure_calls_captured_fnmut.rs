fn call<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut seen = 0;
    let mut bump = || seen += 1;
    call(|| bump()); //~ ERROR E0596
}
