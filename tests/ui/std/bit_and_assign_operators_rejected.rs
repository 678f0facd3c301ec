// Overloaded `&` takes its operands by value, `/=` borrows the left side mutably, and a type
// without the operator's impl has no `|`.
use std::ops::{BitAnd, DivAssign};

struct Mask(Vec<bool>);
impl BitAnd for Mask {
    type Output = Mask;
    fn bitand(self, rhs: Mask) -> Mask {
        Mask(self.0.iter().zip(rhs.0.iter()).map(|(a, b)| *a && *b).collect())
    }
}
struct Acc(Vec<u32>);
impl DivAssign<u32> for Acc {
    fn div_assign(&mut self, d: u32) {
        for x in self.0.iter_mut() {
            *x /= d;
        }
    }
}

fn no_or(a: Acc, b: Acc) {
    let _c = a | b; //~ ERROR E0369
}

fn main() {
    let m = Mask(vec![true]);
    let n = m & Mask(vec![false]);
    println!("{}", m.0.len() + n.0.len()); //~ ERROR E0382
    let acc = Acc(vec![2]);
    acc /= 2; //~ ERROR E0596
    no_or(Acc(vec![]), Acc(vec![]));
}
