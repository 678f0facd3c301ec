#[derive(Clone, Copy)]
union Num {
    i: i64,
    f: f64,
}

fn main() {
    let mut n = Num { i: 1 };
    unsafe {
        let a = &mut n.i;
        let b = &mut n.f; //~ ERROR E0499
        *a += 1;
        *b += 1.0;
    }
}
