use crate::slice::{Iter, IterMut};
#[lang = "Vec"]
#[derive(PartialEq, Eq, PartialOrd, Ord, Debug, Default)]
pub struct Vec<T> {
    buf: *const T,
    len: usize,
}
impl<T> Vec<T> {
    pub fn new() -> Vec<T>;
    pub fn with_capacity(capacity: usize) -> Vec<T>;
    pub fn push(&mut self, value: T);
    pub fn pop(&mut self) -> Option<T>;
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn capacity(&self) -> usize;
    pub fn reserve(&mut self, additional: usize);
    pub fn clear(&mut self);
    pub fn truncate(&mut self, len: usize);
    pub fn insert(&mut self, index: usize, element: T);
    pub fn remove(&mut self, index: usize) -> T;
    pub fn swap_remove(&mut self, index: usize) -> T;
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, f: F);
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T>;
    pub fn append(&mut self, other: &mut Vec<T>);
    pub fn split_off(&mut self, at: usize) -> Vec<T>;
    pub fn as_slice(&self) -> &[T];
    pub fn as_mut_slice(&mut self) -> &mut [T];
    pub fn as_ptr(&self) -> *const T;
    pub fn as_mut_ptr(&mut self) -> *mut T;
    pub fn into_boxed_slice(self) -> Box<[T]>;
    pub fn dedup(&mut self) where T: PartialEq;
    pub fn resize(&mut self, new_len: usize, value: T) where T: Clone;
    pub fn extend_from_slice(&mut self, other: &[T]) where T: Clone;
    pub fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I);
}
impl<T: Clone> Clone for Vec<T> {}
impl<T> Deref for Vec<T> {
    type Target = [T];
}
impl<T> DerefMut for Vec<T> {}
impl<T> Index<usize> for Vec<T> {
    type Output = T;
}
impl<T> IndexMut<usize> for Vec<T> {}
impl<T> Index<Range<usize>> for Vec<T> {
    type Output = [T];
}
impl<T> IndexMut<Range<usize>> for Vec<T> {}
impl<T> Index<RangeFrom<usize>> for Vec<T> {
    type Output = [T];
}
impl<T> IndexMut<RangeFrom<usize>> for Vec<T> {}
impl<T> Index<RangeTo<usize>> for Vec<T> {
    type Output = [T];
}
impl<T> IndexMut<RangeTo<usize>> for Vec<T> {}
impl<T> Index<RangeFull> for Vec<T> {
    type Output = [T];
}
impl<T> IndexMut<RangeFull> for Vec<T> {}
impl<T> Index<RangeInclusive<usize>> for Vec<T> {
    type Output = [T];
}
impl<T> IndexMut<RangeInclusive<usize>> for Vec<T> {}
impl<T> Index<RangeToInclusive<usize>> for Vec<T> {
    type Output = [T];
}
impl<T> IndexMut<RangeToInclusive<usize>> for Vec<T> {}
impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
}
impl<'a, T> IntoIterator for &'a Vec<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
}
impl<'a, T> IntoIterator for &'a mut Vec<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
}
impl<T> FromIterator<T> for Vec<T> {}
impl<T> Extend<T> for Vec<T> {}
impl<'a, T: Copy> Extend<&'a T> for Vec<T> {}
impl<T> AsRef<[T]> for Vec<T> {}
impl<T> From<&[T]> for Vec<T> where T: Clone {}
pub struct IntoIter<T> {
    buf: *const T,
}
impl<T> Iterator for IntoIter<T> {
    type Item = T;
}
impl<T> DoubleEndedIterator for IntoIter<T> {}
pub struct Drain<'a, T> {
    vec: &'a mut Vec<T>,
}
impl<'a, T> Iterator for Drain<'a, T> {
    type Item = T;
}
impl<'a, T> DoubleEndedIterator for Drain<'a, T> {}
