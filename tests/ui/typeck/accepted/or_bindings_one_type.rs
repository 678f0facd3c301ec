fn pick(flag: bool) -> i32 {
    let r = if flag { Ok(3) } else { Err(4) };
    let (Ok(v) | Err(v)) = r;
    v
}

fn main() {
    println!("{}", pick(true));
}
