#[lang = "Rc"]
pub struct Rc<T: ?Sized> {
    ptr: *const T,
}
impl<T> Rc<T> {
    pub fn pin(value: T) -> Pin<Rc<T>>;
    pub fn new(value: T) -> Rc<T>;
    pub fn try_unwrap(this: Self) -> Result<T, Self>;
    pub fn into_inner(this: Self) -> Option<T>;
}
impl<T: ?Sized> Rc<T> {
    pub fn clone(this: &Self) -> Self;
    pub fn strong_count(this: &Self) -> usize;
    pub fn weak_count(this: &Self) -> usize;
    pub fn downgrade(this: &Self) -> Weak<T>;
    pub fn ptr_eq(this: &Self, other: &Self) -> bool;
    pub fn get_mut(this: &mut Self) -> Option<&mut T>;
}
impl<T: Clone> Rc<T> {
    pub fn make_mut(this: &mut Self) -> &mut T;
    pub fn unwrap_or_clone(this: Self) -> T;
}
impl<T: ?Sized> Clone for Rc<T> {}
impl<T: ?Sized> Deref for Rc<T> {
    type Target = T;
}
impl<T: ?Sized> Drop for Rc<T> {}
impl<T: ?Sized> !Send for Rc<T> {}
impl<T: ?Sized> !Sync for Rc<T> {}
impl<T: ?Sized + Debug> Debug for Rc<T> {}
impl<T: ?Sized + Display> Display for Rc<T> {}
impl<T: ?Sized + PartialEq> PartialEq for Rc<T> {}
impl<T: Default> Default for Rc<T> {}
pub struct Weak<T: ?Sized> {
    ptr: *const T,
}
impl<T> Weak<T> {
    pub fn new() -> Weak<T>;
}
impl<T: ?Sized> Weak<T> {
    pub fn upgrade(&self) -> Option<Rc<T>>;
    pub fn strong_count(&self) -> usize;
    pub fn weak_count(&self) -> usize;
}
impl<T: ?Sized> Clone for Weak<T> {}
impl<T: ?Sized> Drop for Weak<T> {}
impl<T: ?Sized> !Send for Weak<T> {}
impl<T: ?Sized> !Sync for Weak<T> {}
impl<T: ?Sized> Debug for Weak<T> {}
