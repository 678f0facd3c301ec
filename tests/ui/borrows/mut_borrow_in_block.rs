fn main() {
    let mut x = 5;
    {
        let r = &mut x;
        *r *= 2;
    }
    let y = x;
    let r2 = &mut x;
    *r2 += y;
    println!("{}", x);
}
