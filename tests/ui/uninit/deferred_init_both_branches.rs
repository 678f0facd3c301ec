fn main() {
    let limit: u32;
    let strict = 3 > 2;
    if strict {
        limit = 10;
    } else {
        limit = 100;
    }
    println!("{}", limit);
}
