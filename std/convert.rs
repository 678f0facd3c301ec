pub trait From<T>: Sized {
    fn from(value: T) -> Self;
}
pub trait Into<T>: Sized {
    fn into(self) -> T;
}
impl<T, U: From<T>> Into<U> for T {}
impl<T> From<T> for T {}
pub trait AsRef<T: ?Sized> {
    fn as_ref(&self) -> &T;
}
pub trait AsMut<T: ?Sized> {
    fn as_mut(&mut self) -> &mut T;
}
impl<T> From<T> for Option<T> {}
impl<T> From<T> for Box<T> {}
impl<T> From<T> for Rc<T> {}
impl<T> From<T> for Arc<T> {}
impl From<u8> for u32 {}
impl From<u8> for u64 {}
impl From<u8> for i32 {}
impl From<u32> for u64 {}
impl From<i32> for i64 {}
impl From<i32> for f64 {}
impl From<u8> for char {}
