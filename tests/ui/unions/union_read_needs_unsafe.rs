#[derive(Clone, Copy)]
union Num {
    i: i64,
    f: f64,
}

fn main() {
    let mut n = Num { f: 1.5 };
    n.i = 3; // writing a field is safe
    let i = n.i; //~ ERROR E0133
    let r = &n.f; //~ ERROR E0133
    let f = unsafe { n.f };
    println!("{} {} {}", i, r, f);
}
