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
