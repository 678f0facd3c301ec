fn main() {
    let x = 5;
    let p = &x as *const i32;
    let y = *p; //~ ERROR E0133
    println!("{}", y);
    let z = unsafe { *p };
    println!("{}", z);
}
