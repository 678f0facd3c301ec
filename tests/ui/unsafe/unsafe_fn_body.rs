// In edition 2021 an `unsafe fn` body is an unsafe context (a lint, not an error, asks for blocks).
unsafe fn read_twice(p: *const i32) -> i32 {
    *p + *p
}

fn main() {
    let x = 4;
    let r = unsafe { read_twice(&x) };
    println!("{}", r);
}
