#[derive(Clone, Copy)]
union Num {
    i: i64,
    f: f64,
}

fn main() {
    let mut n: Num;
    n.i = 1; //~ ERROR E0381
    println!("{}", unsafe { n.i });
}
