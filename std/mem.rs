pub fn swap<T>(x: &mut T, y: &mut T);
pub fn replace<T>(dest: &mut T, src: T) -> T;
pub fn take<T: Default>(dest: &mut T) -> T;
#[lang = "drop"]
pub fn drop<T>(_x: T);
pub fn forget<T>(t: T);
pub fn size_of<T>() -> usize;
pub fn size_of_val<T: ?Sized>(val: &T) -> usize;
