#[lang = "Box"]
pub struct Box<T: ?Sized> {
    ptr: *const T,
}
impl<T> Box<T> {
    pub fn new(x: T) -> Box<T>;
    pub fn pin(x: T) -> Pin<Box<T>>;
}
impl<T: ?Sized> Box<T> {
    pub fn leak<'a>(b: Box<T>) -> &'a mut T;
    pub unsafe fn from_raw(raw: *mut T) -> Box<T>;
    pub fn into_raw(b: Box<T>) -> *mut T;
    pub fn into_pin(boxed: Box<T>) -> Pin<Box<T>>;
}
impl<T: ?Sized> Deref for Box<T> {
    type Target = T;
}
impl<T: ?Sized> DerefMut for Box<T> {}
impl<T: Clone> Clone for Box<T> {}
impl<T: ?Sized + PartialEq> PartialEq for Box<T> {}
impl<T: ?Sized + Debug> Debug for Box<T> {}
impl<T: ?Sized + Display> Display for Box<T> {}
impl<T: Default> Default for Box<T> {}
impl<I: Iterator + ?Sized> Iterator for Box<I> {
    type Item = I::Item;
}
impl Box<dyn Any> {
    pub fn downcast<T: Any>(self) -> Result<Box<T>, Box<dyn Any>>;
}
impl Box<dyn Any + Send> {
    pub fn downcast<T: Any>(self) -> Result<Box<T>, Box<dyn Any + Send>>;
}
impl Box<dyn Any + Send + Sync> {
    pub fn downcast<T: Any>(self) -> Result<Box<T>, Box<dyn Any + Send + Sync>>;
}
