#[lang = "Option"]
#[derive(Clone, Copy, PartialEq, Debug, Default)]
pub enum Option<T> {
    None,
    Some(T),
}
pub use Option::{None, Some};
impl<T> Option<T> {
    pub fn is_some(&self) -> bool;
    pub fn is_none(&self) -> bool;
    pub fn as_ref(&self) -> Option<&T>;
    pub fn as_mut(&mut self) -> Option<&mut T>;
    pub fn unwrap(self) -> T;
    pub fn expect(self, msg: &str) -> T;
    pub fn unwrap_or(self, default: T) -> T;
    pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T;
    pub fn unwrap_or_default(self) -> T where T: Default;
    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U>;
    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U;
    pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U>;
    pub fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Option<T>;
    pub fn or(self, optb: Option<T>) -> Option<T>;
    pub fn ok_or<E>(self, err: E) -> Result<T, E>;
    pub fn take(&mut self) -> Option<T>;
    pub fn replace(&mut self, value: T) -> Option<T>;
    pub fn insert(&mut self, value: T) -> &mut T;
    pub fn get_or_insert(&mut self, value: T) -> &mut T;
    pub fn iter(&self) -> crate::option::Iter<'_, T>;
    pub fn as_deref(&self) -> Option<&T::Target> where T: Deref;
    pub fn as_deref_mut(&mut self) -> Option<&mut T::Target> where T: DerefMut;
}
impl<T: Copy> Option<&T> {
    pub fn copied(self) -> Option<T>;
}
impl<T: Clone> Option<&T> {
    pub fn cloned(self) -> Option<T>;
}
pub struct Iter<'a, A> {
    inner: Option<&'a A>,
}
impl<'a, A> Iterator for Iter<'a, A> {
    type Item = &'a A;
}
impl<T> IntoIterator for Option<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
}
pub struct IntoIter<A> {
    inner: Option<A>,
}
impl<A> Iterator for IntoIter<A> {
    type Item = A;
}
