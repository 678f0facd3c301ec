// A closure that needs `&mut *r` of a captured `r: &T` fails where the parent captures it (the
// capture is behind a `&` reference); the closure body reports nothing more, even when its kind
// is fixed to `Fn` by the bound. Other mutations in the same body still are errors there.
fn call_fn<F: Fn()>(f: F) {
    f();
}

fn main() {
    let total = 10;
    let shared: &i32 = &total;
    call_fn(|| { //~ ERROR E0596
        let m: &mut i32 = &mut *shared;
        *m += 1;
    });
    let mut count = 0;
    call_fn(|| { //~ ERROR E0596
        count += 1; //~ ERROR E0594
        *(&mut *shared) += 1;
    });
}
