// Shared borrows of fields of a union, and reads while shared-borrowed, are fine.
#[derive(Clone, Copy)]
union Num {
    i: i64,
    f: f64,
}

fn main() {
    let n = Num { i: 7 };
    unsafe {
        let a = &n.i;
        let b = &n.f;
        let c = n.i;
        println!("{} {} {}", a, b, c);
    }
}
