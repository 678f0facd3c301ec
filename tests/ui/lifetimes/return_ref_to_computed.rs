fn doubled(n: &i32) -> &i32 {
    let d = *n * 2;
    &d //~ ERROR E0515
}

fn main() {
    println!("{}", doubled(&21));
}
