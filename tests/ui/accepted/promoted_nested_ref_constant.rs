// `&&7` is promoted as a whole: both references are `'static`, no temporary dies early.
fn main() {
    let r: &&i32;
    r = &&7;
    let inner = &**r;
    let s: &'static &'static i32 = &&8;
    println!("{} {}", inner, s);
}
