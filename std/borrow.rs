pub trait Borrow<Borrowed: ?Sized> {
    fn borrow(&self) -> &Borrowed;
}
pub trait BorrowMut<Borrowed: ?Sized>: Borrow<Borrowed> {
    fn borrow_mut(&mut self) -> &mut Borrowed;
}
impl<T: ?Sized> Borrow<T> for T {}
impl<T: ?Sized> BorrowMut<T> for T {}
impl<T: ?Sized> Borrow<T> for &T {}
impl<T: ?Sized> Borrow<T> for &mut T {}
impl<T: ?Sized> BorrowMut<T> for &mut T {}
impl Borrow<str> for String {}
impl BorrowMut<str> for String {}
impl<T> Borrow<[T]> for Vec<T> {}
impl<T> BorrowMut<[T]> for Vec<T> {}
impl<T: ?Sized> Borrow<T> for Box<T> {}
impl<T: ?Sized> BorrowMut<T> for Box<T> {}
impl<T: ?Sized> Borrow<T> for Rc<T> {}
impl<T: ?Sized> Borrow<T> for Arc<T> {}
pub use crate::str::ToOwned;
/// A clone-on-write smart pointer. `Owned` is a projection, so `Cow` is invariant in `B`.
pub enum Cow<'a, B: ?Sized + 'a>
where
    B: ToOwned,
{
    Borrowed(&'a B),
    Owned(<B as ToOwned>::Owned),
}
impl<'a, B: ?Sized + ToOwned> Cow<'a, B> {
    pub fn to_mut(&mut self) -> &mut <B as ToOwned>::Owned;
    pub fn into_owned(self) -> <B as ToOwned>::Owned;
}
impl<'a, B: ?Sized + ToOwned> Deref for Cow<'a, B>
where
    B::Owned: Borrow<B>,
{
    type Target = B;
}
impl<'a, B: ?Sized + ToOwned> Clone for Cow<'a, B> {}
impl<'a, B: ?Sized + ToOwned> Borrow<B> for Cow<'a, B> {}
impl<'a, B: ?Sized + ToOwned + Debug> Debug for Cow<'a, B>
where
    B::Owned: Debug,
{
}
impl<'a, B: ?Sized + ToOwned + Display> Display for Cow<'a, B>
where
    B::Owned: Display,
{
}
impl<'a, B: ?Sized + ToOwned> Default for Cow<'a, B>
where
    B::Owned: Default,
{
}
impl<'a, T: ?Sized + ToOwned> AsRef<T> for Cow<'a, T> {}
impl<'a> From<&'a str> for Cow<'a, str> {}
impl<'a> From<String> for Cow<'a, str> {}
impl<'a> From<&'a String> for Cow<'a, str> {}
impl<'a, T: Clone> From<&'a [T]> for Cow<'a, [T]> {}
impl<'a, T: Clone> From<Vec<T>> for Cow<'a, [T]> {}
impl<'a> From<Cow<'a, str>> for String {}
impl<'a, 'b> PartialEq<Cow<'b, str>> for Cow<'a, str> {}
impl<'a, 'b> PartialEq<str> for Cow<'a, str> {}
impl<'a, 'b> PartialEq<&'b str> for Cow<'a, str> {}
impl<'a, 'b> PartialEq<String> for Cow<'a, str> {}
impl<'a> Add<&'a str> for Cow<'a, str> {
    type Output = Cow<'a, str>;
}
impl<'a> AddAssign<&'a str> for Cow<'a, str> {}
