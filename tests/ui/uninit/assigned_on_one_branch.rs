fn pick(flag: bool) -> i32 {
    let n: i32;
    if flag {
        n = 1;
    }
    n //~ ERROR E0381
}

fn main() {
    println!("{}", pick(true));
}
