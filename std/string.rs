#[lang = "String"]
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Default)]
pub struct String {
    vec: Vec<u8>,
}
impl String {
    pub fn new() -> String;
    pub fn with_capacity(capacity: usize) -> String;
    pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error>;
    pub fn push_str(&mut self, string: &str);
    pub fn push(&mut self, ch: char);
    pub fn pop(&mut self) -> Option<char>;
    pub fn as_str(&self) -> &str;
    pub fn as_mut_str(&mut self) -> &mut str;
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn capacity(&self) -> usize;
    pub fn reserve(&mut self, additional: usize);
    pub fn clear(&mut self);
    pub fn truncate(&mut self, new_len: usize);
    pub fn insert(&mut self, idx: usize, ch: char);
    pub fn insert_str(&mut self, idx: usize, string: &str);
    pub fn remove(&mut self, idx: usize) -> char;
    pub fn retain<F: FnMut(char) -> bool>(&mut self, f: F);
    pub fn into_bytes(self) -> Vec<u8>;
    pub fn into_boxed_str(self) -> Box<str>;
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_>;
    pub fn split_off(&mut self, at: usize) -> String;
    pub fn extend<I: IntoIterator<Item = char>>(&mut self, iter: I);
}
#[derive(Debug)]
pub struct FromUtf8Error {
    bytes: Vec<u8>,
}
pub struct Drain<'a> {
    string: &'a mut String,
}
impl<'a> Iterator for Drain<'a> {
    type Item = char;
}
impl Deref for String {
    type Target = str;
}
impl DerefMut for String {}
impl Display for String {}
impl Hash for String {}
impl<'a> From<&'a str> for String {}
impl From<char> for String {}
impl<'a> From<&'a String> for String {}
impl<'a> PartialEq<&'a str> for String {}
impl PartialEq<str> for String {}
impl<'a> PartialEq<String> for &'a str {}
impl PartialEq<String> for str {}
impl<'a> Add<&'a str> for String {
    type Output = String;
}
impl<'a> AddAssign<&'a str> for String {}
impl Index<Range<usize>> for String {
    type Output = str;
}
impl IndexMut<Range<usize>> for String {}
impl Index<RangeFrom<usize>> for String {
    type Output = str;
}
impl IndexMut<RangeFrom<usize>> for String {}
impl Index<RangeTo<usize>> for String {
    type Output = str;
}
impl IndexMut<RangeTo<usize>> for String {}
impl Index<RangeFull> for String {
    type Output = str;
}
impl IndexMut<RangeFull> for String {}
impl Index<RangeInclusive<usize>> for String {
    type Output = str;
}
impl IndexMut<RangeInclusive<usize>> for String {}
impl Index<RangeToInclusive<usize>> for String {
    type Output = str;
}
impl IndexMut<RangeToInclusive<usize>> for String {}
impl FromIterator<char> for String {}
impl<'a> FromIterator<&'a str> for String {}
impl FromIterator<String> for String {}
impl<'a> FromIterator<&'a char> for String {}
impl<'a> Extend<&'a str> for String {}
impl Extend<char> for String {}
impl Extend<String> for String {}
impl AsRef<str> for String {}
impl<'a> Borrow<str> for String {}
#[lang = "ToString"]
pub trait ToString {
    fn to_string(&self) -> String;
}
impl<T: Display + ?Sized> ToString for T {}
