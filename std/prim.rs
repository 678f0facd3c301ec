// Inherent methods and consts of primitive types.
impl i8 {
    pub const MIN: i8;
    pub const MAX: i8;
    pub fn abs(self) -> i8;
    pub fn pow(self, exp: u32) -> i8;
    pub fn max(self, other: i8) -> i8;
    pub fn min(self, other: i8) -> i8;
    pub fn checked_add(self, rhs: i8) -> Option<i8>;
    pub fn checked_sub(self, rhs: i8) -> Option<i8>;
    pub fn checked_mul(self, rhs: i8) -> Option<i8>;
    pub fn checked_div(self, rhs: i8) -> Option<i8>;
    pub fn saturating_sub(self, rhs: i8) -> i8;
    pub fn saturating_add(self, rhs: i8) -> i8;
    pub fn wrapping_add(self, rhs: i8) -> i8;
    pub fn wrapping_mul(self, rhs: i8) -> i8;
    pub fn to_string(&self) -> String;
    pub fn is_positive(self) -> bool;
    pub fn is_negative(self) -> bool;
    pub fn signum(self) -> i8;
    pub fn rem_euclid(self, rhs: i8) -> i8;
}
impl i16 {
    pub const MIN: i16;
    pub const MAX: i16;
    pub fn abs(self) -> i16;
    pub fn pow(self, exp: u32) -> i16;
    pub fn max(self, other: i16) -> i16;
    pub fn min(self, other: i16) -> i16;
    pub fn checked_add(self, rhs: i16) -> Option<i16>;
    pub fn checked_sub(self, rhs: i16) -> Option<i16>;
    pub fn checked_mul(self, rhs: i16) -> Option<i16>;
    pub fn checked_div(self, rhs: i16) -> Option<i16>;
    pub fn saturating_sub(self, rhs: i16) -> i16;
    pub fn saturating_add(self, rhs: i16) -> i16;
    pub fn wrapping_add(self, rhs: i16) -> i16;
    pub fn wrapping_mul(self, rhs: i16) -> i16;
    pub fn to_string(&self) -> String;
    pub fn is_positive(self) -> bool;
    pub fn is_negative(self) -> bool;
    pub fn signum(self) -> i16;
    pub fn rem_euclid(self, rhs: i16) -> i16;
}
impl i32 {
    pub const MIN: i32;
    pub const MAX: i32;
    pub fn abs(self) -> i32;
    pub fn pow(self, exp: u32) -> i32;
    pub fn max(self, other: i32) -> i32;
    pub fn min(self, other: i32) -> i32;
    pub fn checked_add(self, rhs: i32) -> Option<i32>;
    pub fn checked_sub(self, rhs: i32) -> Option<i32>;
    pub fn checked_mul(self, rhs: i32) -> Option<i32>;
    pub fn checked_div(self, rhs: i32) -> Option<i32>;
    pub fn saturating_sub(self, rhs: i32) -> i32;
    pub fn saturating_add(self, rhs: i32) -> i32;
    pub fn wrapping_add(self, rhs: i32) -> i32;
    pub fn wrapping_mul(self, rhs: i32) -> i32;
    pub fn to_string(&self) -> String;
    pub fn is_positive(self) -> bool;
    pub fn is_negative(self) -> bool;
    pub fn signum(self) -> i32;
    pub fn rem_euclid(self, rhs: i32) -> i32;
}
impl i64 {
    pub const MIN: i64;
    pub const MAX: i64;
    pub fn abs(self) -> i64;
    pub fn pow(self, exp: u32) -> i64;
    pub fn max(self, other: i64) -> i64;
    pub fn min(self, other: i64) -> i64;
    pub fn checked_add(self, rhs: i64) -> Option<i64>;
    pub fn checked_sub(self, rhs: i64) -> Option<i64>;
    pub fn checked_mul(self, rhs: i64) -> Option<i64>;
    pub fn checked_div(self, rhs: i64) -> Option<i64>;
    pub fn saturating_sub(self, rhs: i64) -> i64;
    pub fn saturating_add(self, rhs: i64) -> i64;
    pub fn wrapping_add(self, rhs: i64) -> i64;
    pub fn wrapping_mul(self, rhs: i64) -> i64;
    pub fn to_string(&self) -> String;
    pub fn is_positive(self) -> bool;
    pub fn is_negative(self) -> bool;
    pub fn signum(self) -> i64;
    pub fn rem_euclid(self, rhs: i64) -> i64;
}
impl isize {
    pub const MIN: isize;
    pub const MAX: isize;
    pub fn abs(self) -> isize;
    pub fn pow(self, exp: u32) -> isize;
    pub fn max(self, other: isize) -> isize;
    pub fn min(self, other: isize) -> isize;
    pub fn checked_add(self, rhs: isize) -> Option<isize>;
    pub fn checked_sub(self, rhs: isize) -> Option<isize>;
    pub fn checked_mul(self, rhs: isize) -> Option<isize>;
    pub fn checked_div(self, rhs: isize) -> Option<isize>;
    pub fn saturating_sub(self, rhs: isize) -> isize;
    pub fn saturating_add(self, rhs: isize) -> isize;
    pub fn wrapping_add(self, rhs: isize) -> isize;
    pub fn wrapping_mul(self, rhs: isize) -> isize;
    pub fn to_string(&self) -> String;
    pub fn is_positive(self) -> bool;
    pub fn is_negative(self) -> bool;
    pub fn signum(self) -> isize;
    pub fn rem_euclid(self, rhs: isize) -> isize;
}
impl u8 {
    pub const MIN: u8;
    pub const MAX: u8;
    pub fn abs(self) -> u8;
    pub fn pow(self, exp: u32) -> u8;
    pub fn max(self, other: u8) -> u8;
    pub fn min(self, other: u8) -> u8;
    pub fn checked_add(self, rhs: u8) -> Option<u8>;
    pub fn checked_sub(self, rhs: u8) -> Option<u8>;
    pub fn checked_mul(self, rhs: u8) -> Option<u8>;
    pub fn checked_div(self, rhs: u8) -> Option<u8>;
    pub fn saturating_sub(self, rhs: u8) -> u8;
    pub fn saturating_add(self, rhs: u8) -> u8;
    pub fn wrapping_add(self, rhs: u8) -> u8;
    pub fn wrapping_mul(self, rhs: u8) -> u8;
    pub fn to_string(&self) -> String;
    pub fn is_positive(self) -> bool;
    pub fn is_negative(self) -> bool;
    pub fn signum(self) -> u8;
    pub fn rem_euclid(self, rhs: u8) -> u8;
}
impl u16 {
    pub const MIN: u16;
    pub const MAX: u16;
    pub fn abs(self) -> u16;
    pub fn pow(self, exp: u32) -> u16;
    pub fn max(self, other: u16) -> u16;
    pub fn min(self, other: u16) -> u16;
    pub fn checked_add(self, rhs: u16) -> Option<u16>;
    pub fn checked_sub(self, rhs: u16) -> Option<u16>;
    pub fn checked_mul(self, rhs: u16) -> Option<u16>;
    pub fn checked_div(self, rhs: u16) -> Option<u16>;
    pub fn saturating_sub(self, rhs: u16) -> u16;
    pub fn saturating_add(self, rhs: u16) -> u16;
    pub fn wrapping_add(self, rhs: u16) -> u16;
    pub fn wrapping_mul(self, rhs: u16) -> u16;
    pub fn to_string(&self) -> String;
    pub fn is_positive(self) -> bool;
    pub fn is_negative(self) -> bool;
    pub fn signum(self) -> u16;
    pub fn rem_euclid(self, rhs: u16) -> u16;
}
impl u32 {
    pub const MIN: u32;
    pub const MAX: u32;
    pub fn abs(self) -> u32;
    pub fn pow(self, exp: u32) -> u32;
    pub fn max(self, other: u32) -> u32;
    pub fn min(self, other: u32) -> u32;
    pub fn checked_add(self, rhs: u32) -> Option<u32>;
    pub fn checked_sub(self, rhs: u32) -> Option<u32>;
    pub fn checked_mul(self, rhs: u32) -> Option<u32>;
    pub fn checked_div(self, rhs: u32) -> Option<u32>;
    pub fn saturating_sub(self, rhs: u32) -> u32;
    pub fn saturating_add(self, rhs: u32) -> u32;
    pub fn wrapping_add(self, rhs: u32) -> u32;
    pub fn wrapping_mul(self, rhs: u32) -> u32;
    pub fn to_string(&self) -> String;
    pub fn is_positive(self) -> bool;
    pub fn is_negative(self) -> bool;
    pub fn signum(self) -> u32;
    pub fn rem_euclid(self, rhs: u32) -> u32;
}
impl u64 {
    pub const MIN: u64;
    pub const MAX: u64;
    pub fn abs(self) -> u64;
    pub fn pow(self, exp: u32) -> u64;
    pub fn max(self, other: u64) -> u64;
    pub fn min(self, other: u64) -> u64;
    pub fn checked_add(self, rhs: u64) -> Option<u64>;
    pub fn checked_sub(self, rhs: u64) -> Option<u64>;
    pub fn checked_mul(self, rhs: u64) -> Option<u64>;
    pub fn checked_div(self, rhs: u64) -> Option<u64>;
    pub fn saturating_sub(self, rhs: u64) -> u64;
    pub fn saturating_add(self, rhs: u64) -> u64;
    pub fn wrapping_add(self, rhs: u64) -> u64;
    pub fn wrapping_mul(self, rhs: u64) -> u64;
    pub fn to_string(&self) -> String;
    pub fn is_positive(self) -> bool;
    pub fn is_negative(self) -> bool;
    pub fn signum(self) -> u64;
    pub fn rem_euclid(self, rhs: u64) -> u64;
}
impl usize {
    pub const MIN: usize;
    pub const MAX: usize;
    pub fn abs(self) -> usize;
    pub fn pow(self, exp: u32) -> usize;
    pub fn max(self, other: usize) -> usize;
    pub fn min(self, other: usize) -> usize;
    pub fn checked_add(self, rhs: usize) -> Option<usize>;
    pub fn checked_sub(self, rhs: usize) -> Option<usize>;
    pub fn checked_mul(self, rhs: usize) -> Option<usize>;
    pub fn checked_div(self, rhs: usize) -> Option<usize>;
    pub fn saturating_sub(self, rhs: usize) -> usize;
    pub fn saturating_add(self, rhs: usize) -> usize;
    pub fn wrapping_add(self, rhs: usize) -> usize;
    pub fn wrapping_mul(self, rhs: usize) -> usize;
    pub fn to_string(&self) -> String;
    pub fn is_positive(self) -> bool;
    pub fn is_negative(self) -> bool;
    pub fn signum(self) -> usize;
    pub fn rem_euclid(self, rhs: usize) -> usize;
}
impl f32 {
    pub const MIN: f32;
    pub const MAX: f32;
    pub const EPSILON: f32;
    pub fn abs(self) -> f32;
    pub fn sqrt(self) -> f32;
    pub fn powi(self, n: i32) -> f32;
    pub fn powf(self, n: f32) -> f32;
    pub fn max(self, other: f32) -> f32;
    pub fn min(self, other: f32) -> f32;
    pub fn floor(self) -> f32;
    pub fn ceil(self) -> f32;
    pub fn round(self) -> f32;
    pub fn to_string(&self) -> String;
}
impl f64 {
    pub const MIN: f64;
    pub const MAX: f64;
    pub const EPSILON: f64;
    pub fn abs(self) -> f64;
    pub fn sqrt(self) -> f64;
    pub fn powi(self, n: i32) -> f64;
    pub fn powf(self, n: f64) -> f64;
    pub fn max(self, other: f64) -> f64;
    pub fn min(self, other: f64) -> f64;
    pub fn floor(self) -> f64;
    pub fn ceil(self) -> f64;
    pub fn round(self) -> f64;
    pub fn to_string(&self) -> String;
}
impl char {
    pub fn is_alphabetic(self) -> bool;
    pub fn is_numeric(self) -> bool;
    pub fn is_alphanumeric(self) -> bool;
    pub fn is_whitespace(self) -> bool;
    pub fn is_uppercase(self) -> bool;
    pub fn is_lowercase(self) -> bool;
    pub fn is_ascii_digit(self) -> bool;
    pub fn is_ascii_uppercase(self) -> bool;
    pub fn to_ascii_uppercase(&self) -> char;
    pub fn to_ascii_lowercase(&self) -> char;
    pub fn to_digit(self, radix: u32) -> Option<u32>;
    pub fn len_utf8(self) -> usize;
    pub fn to_string(&self) -> String;
}
impl bool {
    pub fn then_some<T>(self, t: T) -> Option<T>;
}
