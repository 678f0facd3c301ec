// E0133 comes from a later pass than type checking: the body is still borrow-checked.
fn main() {
    let p = &1 as *const i32;
    let a = *p; //~ ERROR E0133
    let s = String::new();
    drop(s);
    drop(s); //~ ERROR E0382
    println!("{}", a);
}
