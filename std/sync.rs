#[lang = "Arc"]
pub struct Arc<T: ?Sized> {
    ptr: *const T,
}
impl<T> Arc<T> {
    pub fn pin(value: T) -> Pin<Arc<T>>;
    pub fn new(data: T) -> Arc<T>;
    pub fn try_unwrap(this: Self) -> Result<T, Self>;
    pub fn into_inner(this: Self) -> Option<T>;
}
impl<T: ?Sized> Arc<T> {
    pub fn clone(this: &Self) -> Self;
    pub fn strong_count(this: &Self) -> usize;
    pub fn ptr_eq(this: &Self, other: &Self) -> bool;
}
impl<T: ?Sized> Clone for Arc<T> {}
impl<T: ?Sized> Deref for Arc<T> {
    type Target = T;
}
impl<T: ?Sized> Drop for Arc<T> {}
unsafe impl<T: ?Sized + Sync + Send> Send for Arc<T> {}
unsafe impl<T: ?Sized + Sync + Send> Sync for Arc<T> {}
impl<T: ?Sized + Debug> Debug for Arc<T> {}
impl<T: ?Sized + Display> Display for Arc<T> {}
pub struct Mutex<T: ?Sized> {
    poison: bool,
    data: UnsafeCell<T>,
}
unsafe impl<T: ?Sized + Send> Send for Mutex<T> {}
unsafe impl<T: ?Sized + Send> Sync for Mutex<T> {}
impl<T> Mutex<T> {
    pub fn new(t: T) -> Mutex<T>;
    pub fn into_inner(self) -> LockResult<T>;
}
impl<T: ?Sized> Mutex<T> {
    pub fn lock(&self) -> LockResult<MutexGuard<'_, T>>;
    pub fn try_lock(&self) -> TryLockResult<MutexGuard<'_, T>>;
    pub fn get_mut(&mut self) -> LockResult<&mut T>;
}
impl<T: ?Sized + Debug> Debug for Mutex<T> {}
pub type LockResult<Guard> = Result<Guard, PoisonError<Guard>>;
pub type TryLockResult<Guard> = Result<Guard, TryLockError<Guard>>;
#[derive(Debug)]
pub struct PoisonError<T> {
    guard: T,
}
#[derive(Debug)]
pub enum TryLockError<T> {
    Poisoned(PoisonError<T>),
    WouldBlock,
}
pub struct MutexGuard<'a, T: ?Sized + 'a> {
    lock: &'a Mutex<T>,
}
impl<'a, T: ?Sized> Deref for MutexGuard<'a, T> {
    type Target = T;
}
impl<'a, T: ?Sized> DerefMut for MutexGuard<'a, T> {}
impl<'a, T: ?Sized> Drop for MutexGuard<'a, T> {}
impl<'a, T: ?Sized> !Send for MutexGuard<'a, T> {}
impl<'a, T: ?Sized + Debug> Debug for MutexGuard<'a, T> {}
impl<'a, T: ?Sized + Display> Display for MutexGuard<'a, T> {}
pub struct RwLock<T: ?Sized> {
    poison: bool,
    data: UnsafeCell<T>,
}
unsafe impl<T: ?Sized + Send> Send for RwLock<T> {}
unsafe impl<T: ?Sized + Send + Sync> Sync for RwLock<T> {}
impl<T> RwLock<T> {
    pub fn new(t: T) -> RwLock<T>;
    pub fn into_inner(self) -> LockResult<T>;
}
impl<T: ?Sized> RwLock<T> {
    pub fn read(&self) -> LockResult<RwLockReadGuard<'_, T>>;
    pub fn write(&self) -> LockResult<RwLockWriteGuard<'_, T>>;
    pub fn try_read(&self) -> TryLockResult<RwLockReadGuard<'_, T>>;
    pub fn try_write(&self) -> TryLockResult<RwLockWriteGuard<'_, T>>;
    pub fn get_mut(&mut self) -> LockResult<&mut T>;
}
impl<T: ?Sized + Debug> Debug for RwLock<T> {}
impl<T: Default> Default for RwLock<T> {}
pub struct RwLockReadGuard<'a, T: ?Sized + 'a> {
    data: &'a T,
}
impl<'a, T: ?Sized> Deref for RwLockReadGuard<'a, T> {
    type Target = T;
}
impl<'a, T: ?Sized> Drop for RwLockReadGuard<'a, T> {}
impl<'a, T: ?Sized> !Send for RwLockReadGuard<'a, T> {}
impl<'a, T: ?Sized + Debug> Debug for RwLockReadGuard<'a, T> {}
pub struct RwLockWriteGuard<'a, T: ?Sized + 'a> {
    lock: &'a RwLock<T>,
}
impl<'a, T: ?Sized> Deref for RwLockWriteGuard<'a, T> {
    type Target = T;
}
impl<'a, T: ?Sized> DerefMut for RwLockWriteGuard<'a, T> {}
impl<'a, T: ?Sized> Drop for RwLockWriteGuard<'a, T> {}
impl<'a, T: ?Sized> !Send for RwLockWriteGuard<'a, T> {}
impl<'a, T: ?Sized + Debug> Debug for RwLockWriteGuard<'a, T> {}
pub mod mpsc {
    pub struct Sender<T> {
        inner: *const T,
    }
    unsafe impl<T: Send> Send for Sender<T> {}
    unsafe impl<T: Send> Sync for Sender<T> {}
    impl<T> Sender<T> {
        pub fn send(&self, t: T) -> Result<(), SendError<T>>;
    }
    impl<T> Clone for Sender<T> {}
    impl<T> Drop for Sender<T> {}
    pub struct Receiver<T> {
        inner: *const T,
    }
    unsafe impl<T: Send> Send for Receiver<T> {}
    impl<T> !Sync for Receiver<T> {}
    impl<T> Receiver<T> {
        pub fn recv(&self) -> Result<T, RecvError>;
        pub fn try_recv(&self) -> Result<T, TryRecvError>;
        pub fn iter(&self) -> Iter<'_, T>;
    }
    impl<T> Drop for Receiver<T> {}
    impl<T> IntoIterator for Receiver<T> {
        type Item = T;
        type IntoIter = IntoIter<T>;
    }
    impl<'a, T> IntoIterator for &'a Receiver<T> {
        type Item = T;
        type IntoIter = Iter<'a, T>;
    }
    pub struct Iter<'a, T> {
        rx: &'a Receiver<T>,
    }
    impl<'a, T> Iterator for Iter<'a, T> {
        type Item = T;
    }
    pub struct IntoIter<T> {
        rx: Receiver<T>,
    }
    impl<T> Iterator for IntoIter<T> {
        type Item = T;
    }
    #[derive(Debug)]
    pub struct SendError<T>(pub T);
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct RecvError;
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum TryRecvError {
        Empty,
        Disconnected,
    }
    pub fn channel<T>() -> (Sender<T>, Receiver<T>);
}
pub mod atomic {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Ordering {
        Relaxed,
        Release,
        Acquire,
        AcqRel,
        SeqCst,
    }
    pub fn fence(order: Ordering);
    pub fn compiler_fence(order: Ordering);
    pub struct AtomicBool {
        v: UnsafeCell<bool>,
    }
    unsafe impl Sync for AtomicBool {}
    impl AtomicBool {
        pub const fn new(v: bool) -> AtomicBool;
        pub fn get_mut(&mut self) -> &mut bool;
        pub const fn into_inner(self) -> bool;
        pub fn load(&self, order: Ordering) -> bool;
        pub fn store(&self, val: bool, order: Ordering);
        pub fn swap(&self, val: bool, order: Ordering) -> bool;
        pub fn compare_exchange(&self, current: bool, new: bool, success: Ordering, failure: Ordering) -> Result<bool, bool>;
        pub fn compare_exchange_weak(&self, current: bool, new: bool, success: Ordering, failure: Ordering) -> Result<bool, bool>;
        pub fn fetch_and(&self, val: bool, order: Ordering) -> bool;
        pub fn fetch_nand(&self, val: bool, order: Ordering) -> bool;
        pub fn fetch_or(&self, val: bool, order: Ordering) -> bool;
        pub fn fetch_xor(&self, val: bool, order: Ordering) -> bool;
        pub fn fetch_update<F: FnMut(bool) -> Option<bool>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<bool, bool>;
        pub fn fetch_not(&self, order: Ordering) -> bool;
    }
    impl Default for AtomicBool {}
    impl Debug for AtomicBool {}
    impl From<bool> for AtomicBool {}
    pub struct AtomicI8 {
        v: UnsafeCell<i8>,
    }
    unsafe impl Sync for AtomicI8 {}
    impl AtomicI8 {
        pub const fn new(v: i8) -> AtomicI8;
        pub fn get_mut(&mut self) -> &mut i8;
        pub const fn into_inner(self) -> i8;
        pub fn load(&self, order: Ordering) -> i8;
        pub fn store(&self, val: i8, order: Ordering);
        pub fn swap(&self, val: i8, order: Ordering) -> i8;
        pub fn compare_exchange(&self, current: i8, new: i8, success: Ordering, failure: Ordering) -> Result<i8, i8>;
        pub fn compare_exchange_weak(&self, current: i8, new: i8, success: Ordering, failure: Ordering) -> Result<i8, i8>;
        pub fn fetch_and(&self, val: i8, order: Ordering) -> i8;
        pub fn fetch_nand(&self, val: i8, order: Ordering) -> i8;
        pub fn fetch_or(&self, val: i8, order: Ordering) -> i8;
        pub fn fetch_xor(&self, val: i8, order: Ordering) -> i8;
        pub fn fetch_update<F: FnMut(i8) -> Option<i8>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<i8, i8>;
        pub fn fetch_add(&self, val: i8, order: Ordering) -> i8;
        pub fn fetch_sub(&self, val: i8, order: Ordering) -> i8;
        pub fn fetch_max(&self, val: i8, order: Ordering) -> i8;
        pub fn fetch_min(&self, val: i8, order: Ordering) -> i8;
    }
    impl Default for AtomicI8 {}
    impl Debug for AtomicI8 {}
    impl From<i8> for AtomicI8 {}
    pub struct AtomicU8 {
        v: UnsafeCell<u8>,
    }
    unsafe impl Sync for AtomicU8 {}
    impl AtomicU8 {
        pub const fn new(v: u8) -> AtomicU8;
        pub fn get_mut(&mut self) -> &mut u8;
        pub const fn into_inner(self) -> u8;
        pub fn load(&self, order: Ordering) -> u8;
        pub fn store(&self, val: u8, order: Ordering);
        pub fn swap(&self, val: u8, order: Ordering) -> u8;
        pub fn compare_exchange(&self, current: u8, new: u8, success: Ordering, failure: Ordering) -> Result<u8, u8>;
        pub fn compare_exchange_weak(&self, current: u8, new: u8, success: Ordering, failure: Ordering) -> Result<u8, u8>;
        pub fn fetch_and(&self, val: u8, order: Ordering) -> u8;
        pub fn fetch_nand(&self, val: u8, order: Ordering) -> u8;
        pub fn fetch_or(&self, val: u8, order: Ordering) -> u8;
        pub fn fetch_xor(&self, val: u8, order: Ordering) -> u8;
        pub fn fetch_update<F: FnMut(u8) -> Option<u8>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<u8, u8>;
        pub fn fetch_add(&self, val: u8, order: Ordering) -> u8;
        pub fn fetch_sub(&self, val: u8, order: Ordering) -> u8;
        pub fn fetch_max(&self, val: u8, order: Ordering) -> u8;
        pub fn fetch_min(&self, val: u8, order: Ordering) -> u8;
    }
    impl Default for AtomicU8 {}
    impl Debug for AtomicU8 {}
    impl From<u8> for AtomicU8 {}
    pub struct AtomicI16 {
        v: UnsafeCell<i16>,
    }
    unsafe impl Sync for AtomicI16 {}
    impl AtomicI16 {
        pub const fn new(v: i16) -> AtomicI16;
        pub fn get_mut(&mut self) -> &mut i16;
        pub const fn into_inner(self) -> i16;
        pub fn load(&self, order: Ordering) -> i16;
        pub fn store(&self, val: i16, order: Ordering);
        pub fn swap(&self, val: i16, order: Ordering) -> i16;
        pub fn compare_exchange(&self, current: i16, new: i16, success: Ordering, failure: Ordering) -> Result<i16, i16>;
        pub fn compare_exchange_weak(&self, current: i16, new: i16, success: Ordering, failure: Ordering) -> Result<i16, i16>;
        pub fn fetch_and(&self, val: i16, order: Ordering) -> i16;
        pub fn fetch_nand(&self, val: i16, order: Ordering) -> i16;
        pub fn fetch_or(&self, val: i16, order: Ordering) -> i16;
        pub fn fetch_xor(&self, val: i16, order: Ordering) -> i16;
        pub fn fetch_update<F: FnMut(i16) -> Option<i16>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<i16, i16>;
        pub fn fetch_add(&self, val: i16, order: Ordering) -> i16;
        pub fn fetch_sub(&self, val: i16, order: Ordering) -> i16;
        pub fn fetch_max(&self, val: i16, order: Ordering) -> i16;
        pub fn fetch_min(&self, val: i16, order: Ordering) -> i16;
    }
    impl Default for AtomicI16 {}
    impl Debug for AtomicI16 {}
    impl From<i16> for AtomicI16 {}
    pub struct AtomicU16 {
        v: UnsafeCell<u16>,
    }
    unsafe impl Sync for AtomicU16 {}
    impl AtomicU16 {
        pub const fn new(v: u16) -> AtomicU16;
        pub fn get_mut(&mut self) -> &mut u16;
        pub const fn into_inner(self) -> u16;
        pub fn load(&self, order: Ordering) -> u16;
        pub fn store(&self, val: u16, order: Ordering);
        pub fn swap(&self, val: u16, order: Ordering) -> u16;
        pub fn compare_exchange(&self, current: u16, new: u16, success: Ordering, failure: Ordering) -> Result<u16, u16>;
        pub fn compare_exchange_weak(&self, current: u16, new: u16, success: Ordering, failure: Ordering) -> Result<u16, u16>;
        pub fn fetch_and(&self, val: u16, order: Ordering) -> u16;
        pub fn fetch_nand(&self, val: u16, order: Ordering) -> u16;
        pub fn fetch_or(&self, val: u16, order: Ordering) -> u16;
        pub fn fetch_xor(&self, val: u16, order: Ordering) -> u16;
        pub fn fetch_update<F: FnMut(u16) -> Option<u16>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<u16, u16>;
        pub fn fetch_add(&self, val: u16, order: Ordering) -> u16;
        pub fn fetch_sub(&self, val: u16, order: Ordering) -> u16;
        pub fn fetch_max(&self, val: u16, order: Ordering) -> u16;
        pub fn fetch_min(&self, val: u16, order: Ordering) -> u16;
    }
    impl Default for AtomicU16 {}
    impl Debug for AtomicU16 {}
    impl From<u16> for AtomicU16 {}
    pub struct AtomicI32 {
        v: UnsafeCell<i32>,
    }
    unsafe impl Sync for AtomicI32 {}
    impl AtomicI32 {
        pub const fn new(v: i32) -> AtomicI32;
        pub fn get_mut(&mut self) -> &mut i32;
        pub const fn into_inner(self) -> i32;
        pub fn load(&self, order: Ordering) -> i32;
        pub fn store(&self, val: i32, order: Ordering);
        pub fn swap(&self, val: i32, order: Ordering) -> i32;
        pub fn compare_exchange(&self, current: i32, new: i32, success: Ordering, failure: Ordering) -> Result<i32, i32>;
        pub fn compare_exchange_weak(&self, current: i32, new: i32, success: Ordering, failure: Ordering) -> Result<i32, i32>;
        pub fn fetch_and(&self, val: i32, order: Ordering) -> i32;
        pub fn fetch_nand(&self, val: i32, order: Ordering) -> i32;
        pub fn fetch_or(&self, val: i32, order: Ordering) -> i32;
        pub fn fetch_xor(&self, val: i32, order: Ordering) -> i32;
        pub fn fetch_update<F: FnMut(i32) -> Option<i32>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<i32, i32>;
        pub fn fetch_add(&self, val: i32, order: Ordering) -> i32;
        pub fn fetch_sub(&self, val: i32, order: Ordering) -> i32;
        pub fn fetch_max(&self, val: i32, order: Ordering) -> i32;
        pub fn fetch_min(&self, val: i32, order: Ordering) -> i32;
    }
    impl Default for AtomicI32 {}
    impl Debug for AtomicI32 {}
    impl From<i32> for AtomicI32 {}
    pub struct AtomicU32 {
        v: UnsafeCell<u32>,
    }
    unsafe impl Sync for AtomicU32 {}
    impl AtomicU32 {
        pub const fn new(v: u32) -> AtomicU32;
        pub fn get_mut(&mut self) -> &mut u32;
        pub const fn into_inner(self) -> u32;
        pub fn load(&self, order: Ordering) -> u32;
        pub fn store(&self, val: u32, order: Ordering);
        pub fn swap(&self, val: u32, order: Ordering) -> u32;
        pub fn compare_exchange(&self, current: u32, new: u32, success: Ordering, failure: Ordering) -> Result<u32, u32>;
        pub fn compare_exchange_weak(&self, current: u32, new: u32, success: Ordering, failure: Ordering) -> Result<u32, u32>;
        pub fn fetch_and(&self, val: u32, order: Ordering) -> u32;
        pub fn fetch_nand(&self, val: u32, order: Ordering) -> u32;
        pub fn fetch_or(&self, val: u32, order: Ordering) -> u32;
        pub fn fetch_xor(&self, val: u32, order: Ordering) -> u32;
        pub fn fetch_update<F: FnMut(u32) -> Option<u32>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<u32, u32>;
        pub fn fetch_add(&self, val: u32, order: Ordering) -> u32;
        pub fn fetch_sub(&self, val: u32, order: Ordering) -> u32;
        pub fn fetch_max(&self, val: u32, order: Ordering) -> u32;
        pub fn fetch_min(&self, val: u32, order: Ordering) -> u32;
    }
    impl Default for AtomicU32 {}
    impl Debug for AtomicU32 {}
    impl From<u32> for AtomicU32 {}
    pub struct AtomicI64 {
        v: UnsafeCell<i64>,
    }
    unsafe impl Sync for AtomicI64 {}
    impl AtomicI64 {
        pub const fn new(v: i64) -> AtomicI64;
        pub fn get_mut(&mut self) -> &mut i64;
        pub const fn into_inner(self) -> i64;
        pub fn load(&self, order: Ordering) -> i64;
        pub fn store(&self, val: i64, order: Ordering);
        pub fn swap(&self, val: i64, order: Ordering) -> i64;
        pub fn compare_exchange(&self, current: i64, new: i64, success: Ordering, failure: Ordering) -> Result<i64, i64>;
        pub fn compare_exchange_weak(&self, current: i64, new: i64, success: Ordering, failure: Ordering) -> Result<i64, i64>;
        pub fn fetch_and(&self, val: i64, order: Ordering) -> i64;
        pub fn fetch_nand(&self, val: i64, order: Ordering) -> i64;
        pub fn fetch_or(&self, val: i64, order: Ordering) -> i64;
        pub fn fetch_xor(&self, val: i64, order: Ordering) -> i64;
        pub fn fetch_update<F: FnMut(i64) -> Option<i64>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<i64, i64>;
        pub fn fetch_add(&self, val: i64, order: Ordering) -> i64;
        pub fn fetch_sub(&self, val: i64, order: Ordering) -> i64;
        pub fn fetch_max(&self, val: i64, order: Ordering) -> i64;
        pub fn fetch_min(&self, val: i64, order: Ordering) -> i64;
    }
    impl Default for AtomicI64 {}
    impl Debug for AtomicI64 {}
    impl From<i64> for AtomicI64 {}
    pub struct AtomicU64 {
        v: UnsafeCell<u64>,
    }
    unsafe impl Sync for AtomicU64 {}
    impl AtomicU64 {
        pub const fn new(v: u64) -> AtomicU64;
        pub fn get_mut(&mut self) -> &mut u64;
        pub const fn into_inner(self) -> u64;
        pub fn load(&self, order: Ordering) -> u64;
        pub fn store(&self, val: u64, order: Ordering);
        pub fn swap(&self, val: u64, order: Ordering) -> u64;
        pub fn compare_exchange(&self, current: u64, new: u64, success: Ordering, failure: Ordering) -> Result<u64, u64>;
        pub fn compare_exchange_weak(&self, current: u64, new: u64, success: Ordering, failure: Ordering) -> Result<u64, u64>;
        pub fn fetch_and(&self, val: u64, order: Ordering) -> u64;
        pub fn fetch_nand(&self, val: u64, order: Ordering) -> u64;
        pub fn fetch_or(&self, val: u64, order: Ordering) -> u64;
        pub fn fetch_xor(&self, val: u64, order: Ordering) -> u64;
        pub fn fetch_update<F: FnMut(u64) -> Option<u64>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<u64, u64>;
        pub fn fetch_add(&self, val: u64, order: Ordering) -> u64;
        pub fn fetch_sub(&self, val: u64, order: Ordering) -> u64;
        pub fn fetch_max(&self, val: u64, order: Ordering) -> u64;
        pub fn fetch_min(&self, val: u64, order: Ordering) -> u64;
    }
    impl Default for AtomicU64 {}
    impl Debug for AtomicU64 {}
    impl From<u64> for AtomicU64 {}
    pub struct AtomicIsize {
        v: UnsafeCell<isize>,
    }
    unsafe impl Sync for AtomicIsize {}
    impl AtomicIsize {
        pub const fn new(v: isize) -> AtomicIsize;
        pub fn get_mut(&mut self) -> &mut isize;
        pub const fn into_inner(self) -> isize;
        pub fn load(&self, order: Ordering) -> isize;
        pub fn store(&self, val: isize, order: Ordering);
        pub fn swap(&self, val: isize, order: Ordering) -> isize;
        pub fn compare_exchange(&self, current: isize, new: isize, success: Ordering, failure: Ordering) -> Result<isize, isize>;
        pub fn compare_exchange_weak(&self, current: isize, new: isize, success: Ordering, failure: Ordering) -> Result<isize, isize>;
        pub fn fetch_and(&self, val: isize, order: Ordering) -> isize;
        pub fn fetch_nand(&self, val: isize, order: Ordering) -> isize;
        pub fn fetch_or(&self, val: isize, order: Ordering) -> isize;
        pub fn fetch_xor(&self, val: isize, order: Ordering) -> isize;
        pub fn fetch_update<F: FnMut(isize) -> Option<isize>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<isize, isize>;
        pub fn fetch_add(&self, val: isize, order: Ordering) -> isize;
        pub fn fetch_sub(&self, val: isize, order: Ordering) -> isize;
        pub fn fetch_max(&self, val: isize, order: Ordering) -> isize;
        pub fn fetch_min(&self, val: isize, order: Ordering) -> isize;
    }
    impl Default for AtomicIsize {}
    impl Debug for AtomicIsize {}
    impl From<isize> for AtomicIsize {}
    pub struct AtomicUsize {
        v: UnsafeCell<usize>,
    }
    unsafe impl Sync for AtomicUsize {}
    impl AtomicUsize {
        pub const fn new(v: usize) -> AtomicUsize;
        pub fn get_mut(&mut self) -> &mut usize;
        pub const fn into_inner(self) -> usize;
        pub fn load(&self, order: Ordering) -> usize;
        pub fn store(&self, val: usize, order: Ordering);
        pub fn swap(&self, val: usize, order: Ordering) -> usize;
        pub fn compare_exchange(&self, current: usize, new: usize, success: Ordering, failure: Ordering) -> Result<usize, usize>;
        pub fn compare_exchange_weak(&self, current: usize, new: usize, success: Ordering, failure: Ordering) -> Result<usize, usize>;
        pub fn fetch_and(&self, val: usize, order: Ordering) -> usize;
        pub fn fetch_nand(&self, val: usize, order: Ordering) -> usize;
        pub fn fetch_or(&self, val: usize, order: Ordering) -> usize;
        pub fn fetch_xor(&self, val: usize, order: Ordering) -> usize;
        pub fn fetch_update<F: FnMut(usize) -> Option<usize>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<usize, usize>;
        pub fn fetch_add(&self, val: usize, order: Ordering) -> usize;
        pub fn fetch_sub(&self, val: usize, order: Ordering) -> usize;
        pub fn fetch_max(&self, val: usize, order: Ordering) -> usize;
        pub fn fetch_min(&self, val: usize, order: Ordering) -> usize;
    }
    impl Default for AtomicUsize {}
    impl Debug for AtomicUsize {}
    impl From<usize> for AtomicUsize {}
    pub struct AtomicPtr<T> {
        p: UnsafeCell<*mut T>,
    }
    unsafe impl<T> Send for AtomicPtr<T> {}
    unsafe impl<T> Sync for AtomicPtr<T> {}
    impl<T> AtomicPtr<T> {
        pub const fn new(p: *mut T) -> AtomicPtr<T>;
        pub fn get_mut(&mut self) -> &mut *mut T;
        pub const fn into_inner(self) -> *mut T;
        pub fn load(&self, order: Ordering) -> *mut T;
        pub fn store(&self, ptr: *mut T, order: Ordering);
        pub fn swap(&self, ptr: *mut T, order: Ordering) -> *mut T;
        pub fn compare_exchange(&self, current: *mut T, new: *mut T, success: Ordering, failure: Ordering) -> Result<*mut T, *mut T>;
        pub fn compare_exchange_weak(&self, current: *mut T, new: *mut T, success: Ordering, failure: Ordering) -> Result<*mut T, *mut T>;
    }
    impl<T> Default for AtomicPtr<T> {}
    impl<T> Debug for AtomicPtr<T> {}
    impl<T> From<*mut T> for AtomicPtr<T> {}
}
