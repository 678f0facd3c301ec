#[lang = "Display"]
pub trait Display {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
#[lang = "Debug"]
pub trait Debug {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
pub type Result = crate::result::Result<(), Error>;
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Error;
pub struct Formatter<'a> {
    buf: &'a mut String,
}
impl<'a> Formatter<'a> {
    pub fn write_str(&mut self, data: &str) -> Result;
    pub fn debug_struct<'b>(&'b mut self, name: &str) -> DebugStruct<'b, 'a>;
}
pub struct DebugStruct<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
}
impl<'a, 'b: 'a> DebugStruct<'a, 'b> {
    pub fn field(&mut self, name: &str, value: &dyn Debug) -> &mut DebugStruct<'a, 'b>;
    pub fn finish(&mut self) -> Result;
}
pub struct Arguments<'a> {
    pieces: &'a [&'static str],
}
pub trait Write {
    fn write_str(&mut self, s: &str) -> Result;
}
impl Write for String {}
impl<'a> Write for Formatter<'a> {}
impl<'a, T: Display + ?Sized> Display for &'a T {}
impl<'a, T: Display + ?Sized> Display for &'a mut T {}
impl<'a, T: Debug + ?Sized> Debug for &'a T {}
impl<'a, T: Debug + ?Sized> Debug for &'a mut T {}
impl<T: Debug> Debug for [T] {}
impl Display for i8 {}
impl Display for i16 {}
impl Display for i32 {}
impl Display for i64 {}
impl Display for i128 {}
impl Display for isize {}
impl Display for u8 {}
impl Display for u16 {}
impl Display for u32 {}
impl Display for u64 {}
impl Display for u128 {}
impl Display for usize {}
impl Display for f32 {}
impl Display for f64 {}
impl Display for bool {}
impl Display for char {}
impl Debug for i8 {}
impl Debug for i16 {}
impl Debug for i32 {}
impl Debug for i64 {}
impl Debug for i128 {}
impl Debug for isize {}
impl Debug for u8 {}
impl Debug for u16 {}
impl Debug for u32 {}
impl Debug for u64 {}
impl Debug for u128 {}
impl Debug for usize {}
impl Debug for f32 {}
impl Debug for f64 {}
impl Debug for bool {}
impl Debug for char {}
impl Debug for () {}
