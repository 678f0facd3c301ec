impl str {
    pub fn make_ascii_uppercase(&mut self);
    pub fn make_ascii_lowercase(&mut self);
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn to_string(&self) -> String;
    pub fn to_owned(&self) -> String;
    pub fn to_uppercase(&self) -> String;
    pub fn to_lowercase(&self) -> String;
    pub fn to_ascii_uppercase(&self) -> String;
    pub fn to_ascii_lowercase(&self) -> String;
    pub fn trim(&self) -> &str;
    pub fn trim_start(&self) -> &str;
    pub fn trim_end(&self) -> &str;
    pub fn chars(&self) -> Chars<'_>;
    pub fn bytes(&self) -> Bytes<'_>;
    pub fn lines(&self) -> Lines<'_>;
    pub fn split_whitespace(&self) -> SplitWhitespace<'_>;
    pub fn split<P: Pattern>(&self, pat: P) -> Split<'_>;
    pub fn split_once<'a>(&'a self, delimiter: char) -> Option<(&'a str, &'a str)>;
    pub fn contains<P: Pattern>(&self, pat: P) -> bool;
    pub fn starts_with<P: Pattern>(&self, pat: P) -> bool;
    pub fn ends_with<P: Pattern>(&self, pat: P) -> bool;
    pub fn find<P: Pattern>(&self, pat: P) -> Option<usize>;
    pub fn replace<P: Pattern>(&self, from: P, to: &str) -> String;
    pub fn as_bytes(&self) -> &[u8];
    pub fn as_ptr(&self) -> *const u8;
    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err>;
    pub fn get(&self, i: Range<usize>) -> Option<&str>;
    pub fn char_indices(&self) -> CharIndices<'_>;
    pub fn repeat(&self, n: usize) -> String;
    pub fn is_char_boundary(&self, index: usize) -> bool;
    pub fn split_at(&self, mid: usize) -> (&str, &str);
}
pub trait Pattern {}
impl Pattern for char {}
impl<'a> Pattern for &'a str {}
impl<'a> Pattern for &'a String {}
impl<'b> Pattern for &'b [char] {}
impl<F: FnMut(char) -> bool> Pattern for F {}
pub trait FromStr: Sized {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}
#[derive(Debug, Clone, PartialEq)]
pub struct ParseIntError {
    kind: u8,
}
#[derive(Debug, Clone, PartialEq)]
pub struct ParseFloatError {
    kind: u8,
}
impl FromStr for i32 {
    type Err = ParseIntError;
}
impl FromStr for i64 {
    type Err = ParseIntError;
}
impl FromStr for u32 {
    type Err = ParseIntError;
}
impl FromStr for u64 {
    type Err = ParseIntError;
}
impl FromStr for u8 {
    type Err = ParseIntError;
}
impl FromStr for usize {
    type Err = ParseIntError;
}
impl FromStr for i8 {
    type Err = ParseIntError;
}
impl FromStr for i16 {
    type Err = ParseIntError;
}
impl FromStr for i128 {
    type Err = ParseIntError;
}
impl FromStr for isize {
    type Err = ParseIntError;
}
impl FromStr for u16 {
    type Err = ParseIntError;
}
impl FromStr for u128 {
    type Err = ParseIntError;
}
impl FromStr for f64 {
    type Err = ParseFloatError;
}
impl FromStr for f32 {
    type Err = ParseFloatError;
}
impl FromStr for String {
    type Err = Infallible;
}
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Infallible {}
impl Display for ParseIntError {}
impl Display for ParseFloatError {}
impl Index<Range<usize>> for str {
    type Output = str;
}
impl IndexMut<Range<usize>> for str {}
impl Index<RangeFrom<usize>> for str {
    type Output = str;
}
impl IndexMut<RangeFrom<usize>> for str {}
impl Index<RangeTo<usize>> for str {
    type Output = str;
}
impl IndexMut<RangeTo<usize>> for str {}
impl Index<RangeFull> for str {
    type Output = str;
}
impl IndexMut<RangeFull> for str {}
impl Index<RangeInclusive<usize>> for str {
    type Output = str;
}
impl IndexMut<RangeInclusive<usize>> for str {}
impl Index<RangeToInclusive<usize>> for str {
    type Output = str;
}
impl IndexMut<RangeToInclusive<usize>> for str {}
impl PartialEq for str {}
impl Eq for str {}
impl PartialOrd for str {}
impl Ord for str {}
impl Display for str {}
impl Debug for str {}
impl Hash for str {}
impl AsRef<str> for str {}
impl ToOwned for str {
    type Owned = String;
}
pub trait ToOwned {
    type Owned: Borrow<Self>;
    fn to_owned(&self) -> Self::Owned;
    fn clone_into(&self, target: &mut Self::Owned);
}
impl<T: Clone> ToOwned for T {
    type Owned = T;
}
pub struct Chars<'a> {
    s: &'a str,
}
impl<'a> Iterator for Chars<'a> {
    type Item = char;
}
impl<'a> DoubleEndedIterator for Chars<'a> {}
pub struct CharIndices<'a> {
    s: &'a str,
}
impl<'a> Iterator for CharIndices<'a> {
    type Item = (usize, char);
}
pub struct Bytes<'a> {
    s: &'a str,
}
impl<'a> Iterator for Bytes<'a> {
    type Item = u8;
}
pub struct Lines<'a> {
    s: &'a str,
}
impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;
}
pub struct SplitWhitespace<'a> {
    s: &'a str,
}
impl<'a> Iterator for SplitWhitespace<'a> {
    type Item = &'a str;
}
pub struct Split<'a> {
    s: &'a str,
}
impl<'a> Iterator for Split<'a> {
    type Item = &'a str;
}
pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error>;
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Utf8Error {
    valid_up_to: usize,
}
