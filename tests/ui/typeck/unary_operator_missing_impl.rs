// E0600: `-` and `!` need `Neg` and `Not`; unsigned integers cannot be negated. A user type
// with its own impl is fine.
use std::ops::Neg;

#[derive(Debug, Clone, Copy)]
struct Vector(i32, i32);

impl Neg for Vector {
    type Output = Vector;
    fn neg(self) -> Vector {
        Vector(-self.0, -self.1)
    }
}

struct Flag;

fn negate<T>(t: T) -> T {
    -t //~ ERROR E0600
}

fn unsigned(n: u64) -> u64 {
    -n //~ ERROR E0600
}

fn main() {
    let v = -Vector(1, 2);
    let w: i8 = -5;
    println!("{:?} {}", v, w);
    let f = !Flag; //~ ERROR E0600
    let g = -"text"; //~ ERROR E0600
    let h = !2.5; //~ ERROR E0600
}
