// A closure whose `let x: &i32 = r;` reborrows an uninitialised `r`: the closure captures `*r`
// by reference, and it is building the closure (not the `let` inside it) that reads `r`.
fn run<F: FnMut()>(mut f: F) {
    f();
}

fn main() {
    let r: &i32;
    run(|| { //~ ERROR E0381
        let x: &i32 = r;
        println!("{}", x);
    });
}
