#[lang = "Drop"]
pub trait Drop {
    fn drop(&mut self);
}
#[lang = "Deref"]
pub trait Deref {
    type Target: ?Sized;
    fn deref(&self) -> &Self::Target;
}
#[lang = "DerefMut"]
pub trait DerefMut: Deref {
    fn deref_mut(&mut self) -> &mut Self::Target;
}
#[lang = "Index"]
pub trait Index<Idx> {
    type Output: ?Sized;
    fn index(&self, index: Idx) -> &Self::Output;
}
#[lang = "IndexMut"]
pub trait IndexMut<Idx>: Index<Idx> {
    fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
}
#[lang = "FnOnce"]
pub trait FnOnce<Args> {
    type Output;
    fn call_once(self, args: Args) -> Self::Output;
}
#[lang = "FnMut"]
pub trait FnMut<Args>: FnOnce<Args> {
    fn call_mut(&mut self, args: Args) -> Self::Output;
}
#[lang = "Fn"]
pub trait Fn<Args>: FnMut<Args> {
    fn call(&self, args: Args) -> Self::Output;
}
#[lang = "Add"]
pub trait Add<Rhs = Self> {
    type Output;
    fn add(self, rhs: Rhs) -> Self::Output;
}
#[lang = "Sub"]
pub trait Sub<Rhs = Self> {
    type Output;
    fn sub(self, rhs: Rhs) -> Self::Output;
}
#[lang = "Mul"]
pub trait Mul<Rhs = Self> {
    type Output;
    fn mul(self, rhs: Rhs) -> Self::Output;
}
#[lang = "Div"]
pub trait Div<Rhs = Self> {
    type Output;
    fn div(self, rhs: Rhs) -> Self::Output;
}
#[lang = "Rem"]
pub trait Rem<Rhs = Self> {
    type Output;
    fn rem(self, rhs: Rhs) -> Self::Output;
}
#[lang = "Neg"]
pub trait Neg {
    type Output;
    fn neg(self) -> Self::Output;
}
#[lang = "Not"]
pub trait Not {
    type Output;
    fn not(self) -> Self::Output;
}
#[lang = "AddAssign"]
pub trait AddAssign<Rhs = Self> {
    fn add_assign(&mut self, rhs: Rhs);
}
#[lang = "SubAssign"]
pub trait SubAssign<Rhs = Self> {
    fn sub_assign(&mut self, rhs: Rhs);
}
#[lang = "MulAssign"]
pub trait MulAssign<Rhs = Self> {
    fn mul_assign(&mut self, rhs: Rhs);
}
#[lang = "BitAnd"]
pub trait BitAnd<Rhs = Self> {
    type Output;
    fn bitand(self, rhs: Rhs) -> Self::Output;
}
#[lang = "BitOr"]
pub trait BitOr<Rhs = Self> {
    type Output;
    fn bitor(self, rhs: Rhs) -> Self::Output;
}
#[lang = "BitXor"]
pub trait BitXor<Rhs = Self> {
    type Output;
    fn bitxor(self, rhs: Rhs) -> Self::Output;
}
#[lang = "Shl"]
pub trait Shl<Rhs = Self> {
    type Output;
    fn shl(self, rhs: Rhs) -> Self::Output;
}
#[lang = "Shr"]
pub trait Shr<Rhs = Self> {
    type Output;
    fn shr(self, rhs: Rhs) -> Self::Output;
}
#[lang = "DivAssign"]
pub trait DivAssign<Rhs = Self> {
    fn div_assign(&mut self, rhs: Rhs);
}
#[lang = "RemAssign"]
pub trait RemAssign<Rhs = Self> {
    fn rem_assign(&mut self, rhs: Rhs);
}
#[lang = "BitAndAssign"]
pub trait BitAndAssign<Rhs = Self> {
    fn bitand_assign(&mut self, rhs: Rhs);
}
#[lang = "BitOrAssign"]
pub trait BitOrAssign<Rhs = Self> {
    fn bitor_assign(&mut self, rhs: Rhs);
}
#[lang = "BitXorAssign"]
pub trait BitXorAssign<Rhs = Self> {
    fn bitxor_assign(&mut self, rhs: Rhs);
}
#[lang = "ShlAssign"]
pub trait ShlAssign<Rhs = Self> {
    fn shl_assign(&mut self, rhs: Rhs);
}
#[lang = "ShrAssign"]
pub trait ShrAssign<Rhs = Self> {
    fn shr_assign(&mut self, rhs: Rhs);
}
#[lang = "Range"]
#[derive(Clone, PartialEq, Debug)]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}
#[lang = "RangeFrom"]
#[derive(Clone, PartialEq, Debug)]
pub struct RangeFrom<Idx> {
    pub start: Idx,
}
#[lang = "RangeTo"]
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct RangeTo<Idx> {
    pub end: Idx,
}
#[lang = "RangeFull"]
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct RangeFull;
#[lang = "RangeToInclusive"]
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct RangeToInclusive<Idx> {
    pub end: Idx,
}
#[lang = "RangeInclusive"]
#[derive(Clone, PartialEq, Debug)]
pub struct RangeInclusive<Idx> {
    start: Idx,
    end: Idx,
    exhausted: bool,
}
impl<Idx> RangeInclusive<Idx> {
    pub fn new(start: Idx, end: Idx) -> Self;
}
impl<A: Step> Iterator for Range<A> {
    type Item = A;
}
impl<A: Step> Iterator for RangeFrom<A> {
    type Item = A;
}
impl<A: Step> Iterator for RangeInclusive<A> {
    type Item = A;
}
impl<A: Step> DoubleEndedIterator for Range<A> {}
impl<A: Step> DoubleEndedIterator for RangeInclusive<A> {}
impl<A> Range<A> {
    pub fn contains(&self, item: &A) -> bool;
}
impl<A> RangeInclusive<A> {
    pub fn contains(&self, item: &A) -> bool;
}
pub trait Step: Clone {}
impl Step for i8 {}
impl Step for i16 {}
impl Step for i32 {}
impl Step for i64 {}
impl Step for isize {}
impl Step for u8 {}
impl Step for u16 {}
impl Step for u32 {}
impl Step for u64 {}
impl Step for usize {}
impl Step for char {}
impl<'a, T: ?Sized> Deref for &'a T {
    type Target = T;
}
impl<'a, T: ?Sized> Deref for &'a mut T {
    type Target = T;
}
impl<'a, T: ?Sized> DerefMut for &'a mut T {}
