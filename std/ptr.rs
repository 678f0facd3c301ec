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
