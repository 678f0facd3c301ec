// Raw pointers carry no loans: rustc accepts writes through `q` while `p` exists.
fn main() {
    let mut x = 10;
    let p = &mut x as *mut i32;
    let q = &mut x as *mut i32;
    unsafe {
        *p += 1;
        *q += 1;
    }
    x += 1;
    unsafe {
        *p += 1;
    }
    println!("{}", x);
}
