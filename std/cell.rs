#[lang = "Cell"]
pub struct Cell<T: ?Sized> {
    value: UnsafeCell<T>,
}
#[lang = "UnsafeCell"]
pub struct UnsafeCell<T: ?Sized> {
    value: T,
}
impl<T: ?Sized> !Sync for UnsafeCell<T> {}
impl<T> UnsafeCell<T> {
    pub const fn new(value: T) -> UnsafeCell<T>;
    pub fn into_inner(self) -> T;
}
impl<T: ?Sized> UnsafeCell<T> {
    pub const fn get(&self) -> *mut T;
    pub fn get_mut(&mut self) -> &mut T;
}
impl<T: Default> Default for UnsafeCell<T> {}
impl<T> Cell<T> {
    pub fn new(value: T) -> Cell<T>;
    pub fn set(&self, val: T);
    pub fn replace(&self, val: T) -> T;
    pub fn into_inner(self) -> T;
    pub fn swap(&self, other: &Self);
}
impl<T: Copy> Cell<T> {
    pub fn get(&self) -> T;
}
impl<T: ?Sized> Cell<T> {
    pub fn get_mut(&mut self) -> &mut T;
}
impl<T: Default> Cell<T> {
    pub fn take(&self) -> T;
}
impl<T: Copy> Clone for Cell<T> {}
impl<T: Copy + Debug> Debug for Cell<T> {}
impl<T: Default> Default for Cell<T> {}
#[lang = "RefCell"]
pub struct RefCell<T: ?Sized> {
    borrow: Cell<isize>,
    value: UnsafeCell<T>,
}
impl<T> RefCell<T> {
    pub fn new(value: T) -> RefCell<T>;
    pub fn into_inner(self) -> T;
    pub fn replace(&self, t: T) -> T;
    pub fn swap(&self, other: &Self);
}
impl<T: ?Sized> RefCell<T> {
    pub fn borrow(&self) -> Ref<'_, T>;
    pub fn borrow_mut(&self) -> RefMut<'_, T>;
    pub fn try_borrow(&self) -> Result<Ref<'_, T>, BorrowError>;
    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, BorrowMutError>;
    pub fn get_mut(&mut self) -> &mut T;
}
impl<T: Default> RefCell<T> {
    pub fn take(&self) -> T;
}
impl<T: Clone> Clone for RefCell<T> {}
impl<T: ?Sized + Debug> Debug for RefCell<T> {}
impl<T: Default> Default for RefCell<T> {}
#[derive(Debug)]
pub struct BorrowError {
    _private: (),
}
#[derive(Debug)]
pub struct BorrowMutError {
    _private: (),
}
impl Display for BorrowError {}
impl Display for BorrowMutError {}
#[lang = "Ref"]
pub struct Ref<'b, T: ?Sized + 'b> {
    value: &'b T,
    borrow: BorrowRef<'b>,
}
pub struct BorrowRef<'b> {
    borrow: &'b Cell<isize>,
}
impl<'b> Drop for BorrowRef<'b> {}
impl<'b, T: ?Sized> Deref for Ref<'b, T> {
    type Target = T;
}
impl<'b, T: ?Sized + Debug> Debug for Ref<'b, T> {}
impl<'b, T: ?Sized + Display> Display for Ref<'b, T> {}
#[lang = "RefMut"]
pub struct RefMut<'b, T: ?Sized + 'b> {
    value: &'b mut T,
    borrow: BorrowRefMut<'b>,
}
pub struct BorrowRefMut<'b> {
    borrow: &'b Cell<isize>,
}
impl<'b> Drop for BorrowRefMut<'b> {}
impl<'b, T: ?Sized> Deref for RefMut<'b, T> {
    type Target = T;
}
impl<'b, T: ?Sized> DerefMut for RefMut<'b, T> {}
impl<'b, T: ?Sized + Debug> Debug for RefMut<'b, T> {}
impl<'b, T: ?Sized + Display> Display for RefMut<'b, T> {}
