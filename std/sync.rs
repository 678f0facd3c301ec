#[lang = "Arc"]
pub struct Arc<T: ?Sized> {
    ptr: *const T,
}
impl<T> Arc<T> {
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
