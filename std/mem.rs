pub fn swap<T>(x: &mut T, y: &mut T);
pub fn replace<T>(dest: &mut T, src: T) -> T;
pub fn take<T: Default>(dest: &mut T) -> T;
#[lang = "drop"]
pub fn drop<T>(_x: T);
pub fn forget<T>(t: T);
pub fn size_of<T>() -> usize;
pub fn size_of_val<T: ?Sized>(val: &T) -> usize;
/// Holds a value without ever dropping it (no drop glue: a lang item to the drop analysis).
#[lang = "ManuallyDrop"]
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct ManuallyDrop<T> {
    value: T,
}
impl<T> ManuallyDrop<T> {
    pub fn new(value: T) -> ManuallyDrop<T>;
    pub fn into_inner(slot: ManuallyDrop<T>) -> T;
    pub unsafe fn take(slot: &mut ManuallyDrop<T>) -> T;
    pub unsafe fn drop(slot: &mut ManuallyDrop<T>);
}
impl<T> Deref for ManuallyDrop<T> {
    type Target = T;
}
impl<T> DerefMut for ManuallyDrop<T> {}
