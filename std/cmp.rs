#[lang = "PartialEq"]
pub trait PartialEq<Rhs = Self> {
    fn eq(&self, other: &Rhs) -> bool;
    fn ne(&self, other: &Rhs) -> bool;
}
#[lang = "Eq"]
pub trait Eq: PartialEq {}
#[lang = "PartialOrd"]
pub trait PartialOrd<Rhs = Self>: PartialEq<Rhs> {
    fn lt(&self, other: &Rhs) -> bool;
    fn le(&self, other: &Rhs) -> bool;
    fn gt(&self, other: &Rhs) -> bool;
    fn ge(&self, other: &Rhs) -> bool;
}
#[lang = "Ord"]
pub trait Ord: Eq + PartialOrd {
    fn cmp(&self, other: &Self) -> Ordering;
    fn max(self, other: Self) -> Self;
    fn min(self, other: Self) -> Self;
}
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Ordering {
    Less,
    Equal,
    Greater,
}
pub fn max<T: Ord>(a: T, b: T) -> T;
pub fn min<T: Ord>(a: T, b: T) -> T;
