// The names every module sees without a `use` (the 2021 prelude, plus primitive types handled in resolve).
pub use crate::marker::{Copy, Send, Sized, Sync, Unpin};
pub use crate::ops::{Drop, Fn, FnMut, FnOnce};
pub use crate::mem::drop;
pub use crate::clone::Clone;
pub use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
pub use crate::convert::{AsMut, AsRef, From, Into};
pub use crate::default::Default;
pub use crate::iter::{DoubleEndedIterator, Extend, FromIterator, IntoIterator, Iterator};
pub use crate::option::Option::{self, None, Some};
pub use crate::result::Result::{self, Err, Ok};
pub use crate::boxed::Box;
pub use crate::string::{String, ToString};
pub use crate::str::ToOwned;
pub use crate::vec::Vec;
