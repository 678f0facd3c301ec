impl<T> *const T {
    pub unsafe fn as_ref<'a>(self) -> Option<&'a T>;
    pub unsafe fn add(self, count: usize) -> *const T;
    pub unsafe fn offset(self, count: isize) -> *const T;
    pub unsafe fn read(self) -> T;
    pub fn is_null(self) -> bool;
}
impl<T> *mut T {
    pub unsafe fn as_mut<'a>(self) -> Option<&'a mut T>;
    pub unsafe fn as_ref<'a>(self) -> Option<&'a T>;
    pub unsafe fn add(self, count: usize) -> *mut T;
    pub unsafe fn offset(self, count: isize) -> *mut T;
    pub unsafe fn read(self) -> T;
    pub unsafe fn write(self, val: T);
    pub fn is_null(self) -> bool;
}
pub unsafe fn swap<T>(x: *mut T, y: *mut T);
pub unsafe fn read<T>(src: *const T) -> T;
pub unsafe fn write<T>(dst: *mut T, src: T);
pub fn null<T>() -> *const T;
pub fn null_mut<T>() -> *mut T;
pub unsafe fn drop_in_place<T: ?Sized>(to_drop: *mut T);
pub unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize);
pub unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize);
pub unsafe fn replace<T>(dst: *mut T, src: T) -> T;
pub fn eq<T: ?Sized>(a: *const T, b: *const T) -> bool;
/// A non-null raw pointer, covariant in `T`; neither `Send` nor `Sync`.
pub struct NonNull<T: ?Sized> {
    pointer: *const T,
}
impl<T> NonNull<T> {
    pub const fn dangling() -> NonNull<T>;
    pub unsafe fn read(self) -> T;
    pub unsafe fn write(self, val: T);
}
impl<T: ?Sized> NonNull<T> {
    pub fn new(ptr: *mut T) -> Option<NonNull<T>>;
    pub const unsafe fn new_unchecked(ptr: *mut T) -> NonNull<T>;
    pub const fn as_ptr(self) -> *mut T;
    pub unsafe fn as_ref<'a>(&self) -> &'a T;
    pub unsafe fn as_mut<'a>(&mut self) -> &'a mut T;
    pub const fn cast<U>(self) -> NonNull<U>;
}
impl<T: ?Sized> Copy for NonNull<T> {}
impl<T: ?Sized> Clone for NonNull<T> {}
impl<T: ?Sized> PartialEq for NonNull<T> {}
impl<T: ?Sized> Eq for NonNull<T> {}
impl<T: ?Sized> Hash for NonNull<T> {}
impl<T: ?Sized> Debug for NonNull<T> {}
impl<'a, T: ?Sized> From<&'a T> for NonNull<T> {}
impl<'a, T: ?Sized> From<&'a mut T> for NonNull<T> {}
