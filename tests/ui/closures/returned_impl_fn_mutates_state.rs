fn counter() -> impl Fn() -> u32 {
    let mut n = 0;
    move || {
        n += 1; //~ ERROR E0594
        n
    }
}

fn main() {
    let c = counter();
    println!("{}", c());
}
