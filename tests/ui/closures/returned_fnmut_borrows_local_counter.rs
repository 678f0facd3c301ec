fn counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    || { //~ ERROR E0373
        c += 1;
        c
    }
}

fn main() {
    let mut next = counter();
    println!("{} {}", next(), next());
}
