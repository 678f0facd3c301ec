#[lang = "Iterator"]
pub trait Iterator {
    type Item;
    fn next(&mut self) -> Option<Self::Item>;
    fn count(self) -> usize where Self: Sized;
    fn last(self) -> Option<Self::Item> where Self: Sized;
    fn nth(&mut self, n: usize) -> Option<Self::Item>;
    fn map<B, F: FnMut(Self::Item) -> B>(self, f: F) -> Map<Self, F> where Self: Sized;
    fn filter<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> Filter<Self, P> where Self: Sized;
    fn filter_map<B, F: FnMut(Self::Item) -> Option<B>>(self, f: F) -> FilterMap<Self, F> where Self: Sized;
    fn enumerate(self) -> Enumerate<Self> where Self: Sized;
    fn rev(self) -> Rev<Self> where Self: Sized + DoubleEndedIterator;
    fn take(self, n: usize) -> Take<Self> where Self: Sized;
    fn skip(self, n: usize) -> Skip<Self> where Self: Sized;
    fn zip<U: IntoIterator>(self, other: U) -> Zip<Self, U::IntoIter> where Self: Sized;
    fn chain<U: IntoIterator<Item = Self::Item>>(self, other: U) -> Chain<Self, U::IntoIter> where Self: Sized;
    fn peekable(self) -> Peekable<Self> where Self: Sized;
    fn take_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> TakeWhile<Self, P> where Self: Sized;
    fn skip_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> SkipWhile<Self, P> where Self: Sized;
    fn flat_map<U: IntoIterator, F: FnMut(Self::Item) -> U>(self, f: F) -> FlatMap<Self, U, F> where Self: Sized;
    fn inspect<F: FnMut(&Self::Item)>(self, f: F) -> Inspect<Self, F> where Self: Sized;
    fn by_ref(&mut self) -> &mut Self where Self: Sized;
    fn collect<B: FromIterator<Self::Item>>(self) -> B where Self: Sized;
    fn for_each<F: FnMut(Self::Item)>(self, f: F) where Self: Sized;
    fn fold<B, F: FnMut(B, Self::Item) -> B>(self, init: B, f: F) -> B where Self: Sized;
    fn all<F: FnMut(Self::Item) -> bool>(&mut self, f: F) -> bool where Self: Sized;
    fn any<F: FnMut(Self::Item) -> bool>(&mut self, f: F) -> bool where Self: Sized;
    fn find<P: FnMut(&Self::Item) -> bool>(&mut self, predicate: P) -> Option<Self::Item> where Self: Sized;
    fn find_map<B, F: FnMut(Self::Item) -> Option<B>>(&mut self, f: F) -> Option<B> where Self: Sized;
    fn position<P: FnMut(Self::Item) -> bool>(&mut self, predicate: P) -> Option<usize> where Self: Sized;
    fn max(self) -> Option<Self::Item> where Self: Sized, Self::Item: Ord;
    fn min(self) -> Option<Self::Item> where Self: Sized, Self::Item: Ord;
    fn max_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(self, f: F) -> Option<Self::Item> where Self: Sized;
    fn min_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(self, f: F) -> Option<Self::Item> where Self: Sized;
    fn sum<S: Sum<Self::Item>>(self) -> S where Self: Sized;
    fn product<P: Product<Self::Item>>(self) -> P where Self: Sized;
    fn cloned<'a, T: 'a + Clone>(self) -> Cloned<Self> where Self: Sized + Iterator<Item = &'a T>;
    fn copied<'a, T: 'a + Copy>(self) -> Copied<Self> where Self: Sized + Iterator<Item = &'a T>;
}
pub trait DoubleEndedIterator: Iterator {
    fn next_back(&mut self) -> Option<Self::Item>;
}
#[lang = "IntoIterator"]
pub trait IntoIterator {
    type Item;
    type IntoIter: Iterator<Item = Self::Item>;
    fn into_iter(self) -> Self::IntoIter;
}
impl<I: Iterator> IntoIterator for I {
    type Item = I::Item;
    type IntoIter = I;
}
impl<'a, I: Iterator + ?Sized> Iterator for &'a mut I {
    type Item = I::Item;
}
pub trait FromIterator<A>: Sized {
    fn from_iter<T: IntoIterator<Item = A>>(iter: T) -> Self;
}
pub trait Extend<A> {
    fn extend<T: IntoIterator<Item = A>>(&mut self, iter: T);
}
pub trait Sum<A = Self> {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}
pub trait Product<A = Self> {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}
impl Sum for i32 {}
impl<'a> Sum<&'a i32> for i32 {}
impl Sum for i64 {}
impl<'a> Sum<&'a i64> for i64 {}
impl Sum for u8 {}
impl<'a> Sum<&'a u8> for u8 {}
impl Sum for u32 {}
impl<'a> Sum<&'a u32> for u32 {}
impl Sum for u64 {}
impl<'a> Sum<&'a u64> for u64 {}
impl Sum for usize {}
impl<'a> Sum<&'a usize> for usize {}
impl Sum for f32 {}
impl<'a> Sum<&'a f32> for f32 {}
impl Sum for f64 {}
impl<'a> Sum<&'a f64> for f64 {}
impl Product for i32 {}
impl<'a> Product<&'a i32> for i32 {}
impl Product for u64 {}
impl<'a> Product<&'a u64> for u64 {}
impl<A, V: FromIterator<A>> FromIterator<Option<A>> for Option<V> {}
impl<A, E, V: FromIterator<A>> FromIterator<Result<A, E>> for Result<V, E> {}
pub struct Map<I, F> {
    iter: I,
    f: F,
}
impl<B, I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F> {
    type Item = B;
}
impl<B, I: DoubleEndedIterator, F: FnMut(I::Item) -> B> DoubleEndedIterator for Map<I, F> {}
pub struct Filter<I, P> {
    iter: I,
    predicate: P,
}
impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for Filter<I, P> {
    type Item = I::Item;
}
pub struct FilterMap<I, F> {
    iter: I,
    f: F,
}
impl<B, I: Iterator, F: FnMut(I::Item) -> Option<B>> Iterator for FilterMap<I, F> {
    type Item = B;
}
pub struct Enumerate<I> {
    iter: I,
    count: usize,
}
impl<I: Iterator> Iterator for Enumerate<I> {
    type Item = (usize, I::Item);
}
pub struct Rev<I> {
    iter: I,
}
impl<I: DoubleEndedIterator> Iterator for Rev<I> {
    type Item = I::Item;
}
pub struct Take<I> {
    iter: I,
    n: usize,
}
impl<I: Iterator> Iterator for Take<I> {
    type Item = I::Item;
}
pub struct Skip<I> {
    iter: I,
    n: usize,
}
impl<I: Iterator> Iterator for Skip<I> {
    type Item = I::Item;
}
pub struct Zip<A, B> {
    a: A,
    b: B,
}
impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> {
    type Item = (A::Item, B::Item);
}
pub struct Chain<A, B> {
    a: A,
    b: B,
}
impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> {
    type Item = A::Item;
}
pub struct Peekable<I: Iterator> {
    iter: I,
    peeked: Option<Option<I::Item>>,
}
impl<I: Iterator> Iterator for Peekable<I> {
    type Item = I::Item;
}
impl<I: Iterator> Peekable<I> {
    pub fn peek(&mut self) -> Option<&I::Item>;
}
pub struct TakeWhile<I, P> {
    iter: I,
    predicate: P,
}
impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for TakeWhile<I, P> {
    type Item = I::Item;
}
pub struct SkipWhile<I, P> {
    iter: I,
    predicate: P,
}
impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for SkipWhile<I, P> {
    type Item = I::Item;
}
pub struct FlatMap<I, U: IntoIterator, F> {
    iter: I,
    f: F,
    front: Option<U::IntoIter>,
}
impl<I: Iterator, U: IntoIterator, F: FnMut(I::Item) -> U> Iterator for FlatMap<I, U, F> {
    type Item = U::Item;
}
pub struct Inspect<I, F> {
    iter: I,
    f: F,
}
impl<I: Iterator, F: FnMut(&I::Item)> Iterator for Inspect<I, F> {
    type Item = I::Item;
}
pub struct Cloned<I> {
    it: I,
}
impl<'a, T: 'a + Clone, I: Iterator<Item = &'a T>> Iterator for Cloned<I> {
    type Item = T;
}
pub struct Copied<I> {
    it: I,
}
impl<'a, T: 'a + Copy, I: Iterator<Item = &'a T>> Iterator for Copied<I> {
    type Item = T;
}
pub fn repeat<T: Clone>(elt: T) -> Repeat<T>;
pub struct Repeat<A> {
    element: A,
}
impl<A: Clone> Iterator for Repeat<A> {
    type Item = A;
}
pub fn empty<T>() -> Empty<T>;
pub struct Empty<T> {
    marker: PhantomData<T>,
}
impl<T> Iterator for Empty<T> {
    type Item = T;
}
impl<T> DoubleEndedIterator for Empty<T> {}
pub fn once<T>(value: T) -> Once<T>;
pub struct Once<T> {
    inner: Option<T>,
}
impl<T> Iterator for Once<T> {
    type Item = T;
}
impl<T> DoubleEndedIterator for Once<T> {}
pub fn from_fn<T, F: FnMut() -> Option<T>>(f: F) -> FromFn<F>;
pub struct FromFn<F> {
    f: F,
}
impl<T, F: FnMut() -> Option<T>> Iterator for FromFn<F> {
    type Item = T;
}
pub fn successors<T, F: FnMut(&T) -> Option<T>>(first: Option<T>, succ: F) -> Successors<T, F>;
pub struct Successors<T, F> {
    next: Option<T>,
    succ: F,
}
impl<T, F: FnMut(&T) -> Option<T>> Iterator for Successors<T, F> {
    type Item = T;
}
