fn main() {
    let r: Result<i32, u8> = Ok(3);
    let (Ok(v) | Err(v)) = r; //~ ERROR E0308
    println!("{}", v);
}
