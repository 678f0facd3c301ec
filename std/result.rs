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
}
