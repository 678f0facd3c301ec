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
    pub fn iter_mut(&mut self) -> crate::option::IterMut<'_, T>;
    pub fn is_some_and<F: FnOnce(T) -> bool>(self, f: F) -> bool;
    pub fn is_none_or<F: FnOnce(T) -> bool>(self, f: F) -> bool;
    pub fn map_or_else<U, D: FnOnce() -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U;
    pub fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E>;
    pub fn and<U>(self, optb: Option<U>) -> Option<U>;
    pub fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T>;
    pub fn xor(self, optb: Option<T>) -> Option<T>;
    pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)>;
    pub fn get_or_insert_with<F: FnOnce() -> T>(&mut self, f: F) -> &mut T;
    pub fn take_if<P: FnOnce(&mut T) -> bool>(&mut self, predicate: P) -> Option<T>;
    pub fn inspect<F: FnOnce(&T)>(self, f: F) -> Option<T>;
}
impl<T> Option<Option<T>> {
    pub fn flatten(self) -> Option<T>;
}
impl<T, E> Option<Result<T, E>> {
    pub fn transpose(self) -> Result<Option<T>, E>;
}
impl<T: Copy> Option<&mut T> {
    pub fn copied(self) -> Option<T>;
}
impl<T: Clone> Option<&mut T> {
    pub fn cloned(self) -> Option<T>;
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
pub struct IterMut<'a, A> {
    inner: Option<&'a mut A>,
}
impl<'a, A> Iterator for IterMut<'a, A> {
    type Item = &'a mut A;
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
