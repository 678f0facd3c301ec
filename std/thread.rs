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
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Duration {
    secs: u64,
}
impl Duration {
    pub fn from_millis(millis: u64) -> Duration;
    pub fn from_secs(secs: u64) -> Duration;
}
