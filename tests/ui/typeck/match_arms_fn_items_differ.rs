fn halve(x: u32) -> u32 {
    x / 2
}

fn negate(x: i64) -> i64 {
    -x
}

fn main() {
    let pick = 1;
    let f = match pick {
        0 => halve,
        _ => negate, //~ ERROR E0308
    };
    println!("{}", f(4));
}
