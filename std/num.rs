// Number parsing errors (declared beside FromStr in str.rs).
pub use crate::str::{ParseFloatError, ParseIntError};
