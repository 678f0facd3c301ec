// User impls of the bit, shift and compound-assignment operator traits (BitAnd, BitOrAssign, Shl, DivAssign).
use std::ops::{BitAnd, BitOrAssign, DivAssign, Shl};
#[derive(Debug, Clone, Copy, PartialEq)]
struct Bits(u8);
impl BitAnd for Bits {
    type Output = Bits;
    fn bitand(self, rhs: Bits) -> Bits { Bits(self.0 & rhs.0) }
}
impl BitOrAssign for Bits {
    fn bitor_assign(&mut self, rhs: Bits) { self.0 |= rhs.0; }
}
impl Shl<u32> for Bits {
    type Output = Bits;
    fn shl(self, n: u32) -> Bits { Bits(self.0 << n) }
}
struct Acc(Vec<u32>);
impl DivAssign<u32> for Acc {
    fn div_assign(&mut self, d: u32) { for x in self.0.iter_mut() { *x /= d; } }
}
fn main() {
    let mut a = Bits(3);
    let b = a & Bits(1);
    a |= b;
    let c = a << 2;
    let mut acc = Acc(vec![4, 8]);
    acc /= 2;
    println!("{:?} {:?} {:?}", a, b, c);
    println!("{:?}", acc.0);
}
