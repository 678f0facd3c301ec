impl<T> [T] {
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn first(&self) -> Option<&T>;
    pub fn first_mut(&mut self) -> Option<&mut T>;
    pub fn last(&self) -> Option<&T>;
    pub fn last_mut(&mut self) -> Option<&mut T>;
    pub fn get(&self, index: usize) -> Option<&T>;
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T>;
    pub unsafe fn get_unchecked(&self, index: usize) -> &T;
    pub unsafe fn get_unchecked_mut(&mut self, index: usize) -> &mut T;
    pub fn iter(&self) -> Iter<'_, T>;
    pub fn iter_mut(&mut self) -> IterMut<'_, T>;
    pub fn swap(&mut self, a: usize, b: usize);
    pub fn reverse(&mut self);
    pub fn contains(&self, x: &T) -> bool where T: PartialEq;
    pub fn sort(&mut self) where T: Ord;
    pub fn sort_unstable(&mut self) where T: Ord;
    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, f: F);
    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F);
    pub fn split_at(&self, mid: usize) -> (&[T], &[T]);
    pub fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]);
    pub fn split_first(&self) -> Option<(&T, &[T])>;
    pub fn split_first_mut(&mut self) -> Option<(&mut T, &mut [T])>;
    pub fn chunks(&self, chunk_size: usize) -> Chunks<'_, T>;
    pub fn chunks_mut(&mut self, chunk_size: usize) -> ChunksMut<'_, T>;
    pub fn windows(&self, size: usize) -> Windows<'_, T>;
    pub fn to_vec(&self) -> Vec<T> where T: Clone;
    pub fn as_ptr(&self) -> *const T;
    pub fn as_mut_ptr(&mut self) -> *mut T;
    pub fn join(&self, sep: &str) -> String;
    pub fn concat(&self) -> String;
    pub fn fill(&mut self, value: T) where T: Clone;
    pub fn binary_search(&self, x: &T) -> Result<usize, usize>;
}
impl<T> Index<usize> for [T] {
    type Output = T;
}
impl<T> IndexMut<usize> for [T] {}
impl<T> Index<Range<usize>> for [T] {
    type Output = [T];
}
impl<T> IndexMut<Range<usize>> for [T] {}
impl<T> Index<RangeFrom<usize>> for [T] {
    type Output = [T];
}
impl<T> IndexMut<RangeFrom<usize>> for [T] {}
impl<T> Index<RangeTo<usize>> for [T] {
    type Output = [T];
}
impl<T> IndexMut<RangeTo<usize>> for [T] {}
impl<T> Index<RangeFull> for [T] {
    type Output = [T];
}
impl<T> IndexMut<RangeFull> for [T] {}
impl<T> Index<RangeInclusive<usize>> for [T] {
    type Output = [T];
}
impl<T> IndexMut<RangeInclusive<usize>> for [T] {}
impl<T> Index<RangeToInclusive<usize>> for [T] {
    type Output = [T];
}
impl<T> IndexMut<RangeToInclusive<usize>> for [T] {}
impl<'a, T> IntoIterator for &'a [T] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
}
impl<'a, T> IntoIterator for &'a mut [T] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
}
pub struct Iter<'a, T> {
    ptr: &'a T,
}
impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
}
impl<'a, T> DoubleEndedIterator for Iter<'a, T> {}
impl<'a, T> Clone for Iter<'a, T> {}
pub struct IterMut<'a, T> {
    ptr: &'a mut T,
}
impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
}
impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {}
pub struct Chunks<'a, T> {
    v: &'a [T],
}
impl<'a, T> Iterator for Chunks<'a, T> {
    type Item = &'a [T];
}
pub struct ChunksMut<'a, T> {
    v: &'a mut [T],
}
impl<'a, T> Iterator for ChunksMut<'a, T> {
    type Item = &'a mut [T];
}
pub struct Windows<'a, T> {
    v: &'a [T],
}
impl<'a, T> Iterator for Windows<'a, T> {
    type Item = &'a [T];
}
pub unsafe fn from_raw_parts<'a, T>(data: *const T, len: usize) -> &'a [T];
pub unsafe fn from_raw_parts_mut<'a, T>(data: *mut T, len: usize) -> &'a mut [T];
impl<T: Clone> ToOwned for [T] {
    type Owned = Vec<T>;
}
