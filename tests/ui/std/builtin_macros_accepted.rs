// Built-in macros: write!/writeln! to a String and a Formatter, eprintln!, dbg! (moving its value through), stringify!, concat!, line!, file!, std::ptr::addr_of!/addr_of_mut!, matches!, todo!.
use std::fmt::Write as _;
use std::fmt;
struct P(i32);
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "P{}", self.0)?;
        writeln!(f)
    }
}
fn main() {
    let mut s = String::new();
    write!(s, "{}", 1).unwrap();
    writeln!(s, "{}", P(2)).unwrap();
    eprintln!("{}", s);
    let x = dbg!(3 + 4);
    let v = vec![1, 2];
    let w = dbg!(v);
    let name = stringify!(a + b);
    let c = concat!("a", 1, "b");
    let l = line!();
    let f = file!();
    let mut q = 5;
    let p = std::ptr::addr_of!(q);
    let pm = std::ptr::addr_of_mut!(q);
    println!("{} {:?} {} {} {} {} {:?} {:?}", x, w, name, c, l, f, p, pm);
    if matches!(x, 7 | 8) { todo!() }
    q += 1;
    println!("{}", q);
}
