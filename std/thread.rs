pub fn spawn<F, T>(f: F) -> JoinHandle<T>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static;
pub fn scope<'env, F, T>(f: F) -> T
where
    F: for<'scope> FnOnce(&'scope Scope<'scope, 'env>) -> T;
pub fn sleep(dur: Duration);
pub struct JoinHandle<T> {
    native: *const T,
}
unsafe impl<T> Send for JoinHandle<T> {}
impl<T> JoinHandle<T> {
    pub fn join(self) -> Result<T, Box<dyn Any + Send + 'static>>;
}
pub struct Scope<'scope, 'env: 'scope> {
    data: &'scope &'env (),
}
unsafe impl<'scope, 'env> Sync for Scope<'scope, 'env> {}
impl<'scope, 'env> Scope<'scope, 'env> {
    pub fn spawn<F, T>(&'scope self, f: F) -> ScopedJoinHandle<'scope, T>
    where
        F: FnOnce() -> T + Send + 'scope,
        T: Send + 'scope;
}
pub struct ScopedJoinHandle<'scope, T> {
    native: &'scope T,
}
impl<'scope, T> ScopedJoinHandle<'scope, T> {
    pub fn join(self) -> Result<T, Box<dyn Any + Send + 'static>>;
}
pub fn yield_now();
pub fn current() -> Thread;
pub fn panicking() -> bool;
pub fn park();
#[derive(Clone, Debug)]
pub struct Thread {
    inner: Arc<()>,
}
impl Thread {
    pub fn id(&self) -> ThreadId;
    pub fn name(&self) -> Option<&str>;
    pub fn unpark(&self);
}
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThreadId {
    id: u64,
}
