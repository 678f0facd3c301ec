fn main() {
    let n = 5;
    let r = &mut n; //~ ERROR E0596
    *r += 1;
    println!("{}", r);
}
