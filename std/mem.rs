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
pub fn align_of<T>() -> usize;
pub fn align_of_val<T: ?Sized>(val: &T) -> usize;
pub unsafe fn zeroed<T>() -> T;
pub const fn needs_drop<T: ?Sized>() -> bool;
pub unsafe fn transmute_copy<Src, Dst>(src: &Src) -> Dst;
pub fn discriminant<T>(v: &T) -> Discriminant<T>;
pub struct Discriminant<T> {
    value: PhantomData<fn(T) -> T>,
}
impl<T> Copy for Discriminant<T> {}
impl<T> Clone for Discriminant<T> {}
impl<T> PartialEq for Discriminant<T> {}
impl<T> Eq for Discriminant<T> {}
impl<T> Hash for Discriminant<T> {}
impl<T> Debug for Discriminant<T> {}
/// Possibly uninitialised memory: never dropped (a union in real std).
pub union MaybeUninit<T> {
    uninit: (),
    value: ManuallyDrop<T>,
}
impl<T: Copy> Copy for MaybeUninit<T> {}
impl<T: Copy> Clone for MaybeUninit<T> {}
impl<T> Debug for MaybeUninit<T> {}
impl<T> MaybeUninit<T> {
    pub const fn new(val: T) -> MaybeUninit<T>;
    pub const fn uninit() -> MaybeUninit<T>;
    pub const fn zeroed() -> MaybeUninit<T>;
    pub fn write(&mut self, val: T) -> &mut T;
    pub const fn as_ptr(&self) -> *const T;
    pub fn as_mut_ptr(&mut self) -> *mut T;
    pub unsafe fn assume_init(self) -> T;
    pub unsafe fn assume_init_read(&self) -> T;
    pub unsafe fn assume_init_ref(&self) -> &T;
    pub unsafe fn assume_init_mut(&mut self) -> &mut T;
    pub unsafe fn assume_init_drop(&mut self);
}
/// Its two types must have the same size (E0512, checked by src/types/check/transmute.ts).
pub const unsafe fn transmute<Src, Dst>(src: Src) -> Dst;
