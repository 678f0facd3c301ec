#[lang = "Result"]
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Result<T, E> {
    Ok(T),
    Err(E),
}
pub use Result::{Err, Ok};
impl<T, E> Result<T, E> {
    pub fn is_ok(&self) -> bool;
    pub fn is_err(&self) -> bool;
    pub fn ok(self) -> Option<T>;
    pub fn err(self) -> Option<E>;
    pub fn as_ref(&self) -> Result<&T, &E>;
    pub fn as_mut(&mut self) -> Result<&mut T, &mut E>;
    pub fn unwrap(self) -> T where E: Debug;
    pub fn expect(self, msg: &str) -> T where E: Debug;
    pub fn unwrap_err(self) -> E where T: Debug;
    pub fn unwrap_or(self, default: T) -> T;
    pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, op: F) -> T;
    pub fn unwrap_or_default(self) -> T where T: Default;
    pub fn map<U, F: FnOnce(T) -> U>(self, op: F) -> Result<U, E>;
    pub fn map_err<F2, O: FnOnce(E) -> F2>(self, op: O) -> Result<T, F2>;
    pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, op: F) -> Result<U, E>;
    pub fn is_ok_and<F: FnOnce(T) -> bool>(self, f: F) -> bool;
    pub fn is_err_and<F: FnOnce(E) -> bool>(self, f: F) -> bool;
    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U;
    pub fn map_or_else<U, D: FnOnce(E) -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U;
    pub fn and<U>(self, res: Result<U, E>) -> Result<U, E>;
    pub fn or<F2>(self, res: Result<T, F2>) -> Result<T, F2>;
    pub fn or_else<F2, O: FnOnce(E) -> Result<T, F2>>(self, op: O) -> Result<T, F2>;
    pub fn expect_err(self, msg: &str) -> E where T: Debug;
    pub fn inspect<F: FnOnce(&T)>(self, f: F) -> Result<T, E>;
    pub fn inspect_err<F: FnOnce(&E)>(self, f: F) -> Result<T, E>;
    pub fn as_deref(&self) -> Result<&T::Target, &E> where T: Deref;
    pub fn as_deref_mut(&mut self) -> Result<&mut T::Target, &mut E> where T: DerefMut;
}
impl<T, E> Result<Option<T>, E> {
    pub fn transpose(self) -> Option<Result<T, E>>;
}
