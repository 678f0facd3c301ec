fn main() {
    let mut n = 1;
    let r = &mut n;
    let copy = n; //~ ERROR E0503
    *r += 1;
    println!("{}", copy);
}
